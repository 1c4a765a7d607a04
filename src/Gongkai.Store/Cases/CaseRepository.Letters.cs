using Gongkai.Store.Accounts;
using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

// The letters (文书) of a case: the generated files, read through the case's unit and the caller's scope.
public sealed partial class CaseRepository
{
    private const string LetterScope = "FROM case_letters l JOIN cases c ON c.id = l.case_id JOIN units u ON u.code = c.unit_id";

    /// <summary>Keeps the generated letter <paramref name="fileName"/> of case <paramref name="caseId"/>.</summary>
    /// <returns>The letter's id, or <see langword="null"/> when the case does not exist.</returns>
    public long? AddLetter(string caseId, string kind, string fileName, byte[] content, string user)
    {
        ArgumentNullException.ThrowIfNull(content);
        return _db.Query(
            """
            INSERT INTO case_letters (case_id, kind, file_name, content, created_at, created_by)
            SELECT c.id, @kind, @file, @content, @now, @user FROM cases c WHERE c.id = @case
            RETURNING id
            """,
            r => (long?)r.Long(0),
            ("case", caseId), ("kind", kind), ("file", fileName), ("content", content), ("now", UnixTime.Now), ("user", user)).FirstOrDefault();
    }

    /// <summary>The letters of case <paramref name="caseId"/> in <paramref name="scope"/>, oldest first, without their content.</summary>
    public IReadOnlyList<StoredCaseLetter> Letters(string caseId, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("case", caseId) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"SELECT l.id, l.case_id, l.kind, l.file_name, l.created_at, l.created_by {LetterScope} WHERE l.case_id = @case AND {where} ORDER BY l.id",
            r => new StoredCaseLetter(r.Long(0), r.GetString(1), r.GetString(2), r.GetString(3), UnixTime.From(r.Long(4)), r.GetString(5)),
            [.. parameters]);
    }

    /// <summary>The file of letter <paramref name="id"/>, or <see langword="null"/> when there is none in <paramref name="scope"/>.</summary>
    public byte[]? LetterContent(long id, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("id", id) };
        var where = Scope(scope, parameters);
        return _db.Query($"SELECT l.content {LetterScope} WHERE l.id = @id AND {where}", r => (byte[])r.GetValue(0), [.. parameters]).FirstOrDefault();
    }
}
