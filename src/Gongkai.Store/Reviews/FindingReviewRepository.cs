using System.Data.Common;
using Gongkai.Store.Accounts;
using Gongkai.Store.Database;

namespace Gongkai.Store.Reviews;

/// <summary>
/// The <c>finding_reviews</c> table (migration 0005). It holds no report data: callers reach a review only through a
/// finding they were allowed to read (a scoped report or audit), so the scope is the one of those queries.
/// </summary>
public sealed class FindingReviewRepository
{
    private const string Columns = "finding_key, unit_code, agency, year, code, status, assignee, note, updated_by, updated_at";

    private readonly StoreConnection _db;

    internal FindingReviewRepository(StoreConnection db) => _db = db;

    /// <summary>The reviews of findings on reports of <paramref name="year"/>, by finding key.</summary>
    public IReadOnlyDictionary<string, FindingReview> ForYear(int year) =>
        _db.Query($"SELECT {Columns} FROM finding_reviews WHERE year = @y", Read, ("y", year)).ToDictionary(r => r.FindingKey, StringComparer.Ordinal);

    /// <summary>The review of one finding, or <see langword="null"/> when it was never reviewed.</summary>
    public FindingReview? Find(string findingKey) =>
        _db.Query($"SELECT {Columns} FROM finding_reviews WHERE finding_key = @k", Read, ("k", findingKey)).FirstOrDefault();

    /// <summary>Writes <paramref name="review"/> over the finding's previous review, if any.</summary>
    public void Save(FindingReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        _db.Execute(
            $"""
            INSERT INTO finding_reviews ({Columns}) VALUES (@k, @u, @a, @y, @c, @s, @as, @n, @by, @at)
            ON CONFLICT (finding_key) DO UPDATE SET unit_code = @u, agency = @a, year = @y, code = @c, status = @s,
                assignee = @as, note = @n, updated_by = @by, updated_at = @at
            """,
            ("k", review.FindingKey), ("u", review.UnitCode), ("a", review.Agency), ("y", review.Year), ("c", review.Code),
            ("s", Key(review.Status)), ("as", review.Assignee), ("n", review.Note), ("by", review.UpdatedBy), ("at", UnixTime.Of(review.UpdatedAt)));
    }

    private static string Key(ReviewStatus status) => status.ToString().ToLowerInvariant();

    private static FindingReview Read(DbDataReader r) => new(
        r.GetString(0), r.String(1), r.String(2), (int)r.Long(3), r.GetString(4),
        Enum.Parse<ReviewStatus>(r.GetString(5), ignoreCase: true), r.String(6), r.String(7), r.GetString(8), UnixTime.From(r.Long(9)));
}
