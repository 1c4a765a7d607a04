using Gongkai.Store.Accounts;
using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

/// <summary>
/// Each unit's case profile and its own letter templates (migration 0011). Like case writes, these take no scope: the
/// application checks the unit against the user first.
/// </summary>
public sealed class CaseProfileRepository
{
    private readonly StoreConnection _db;

    internal CaseProfileRepository(StoreConnection db) => _db = db;

    /// <summary>The profile of <paramref name="unitId"/>, or <see langword="null"/> when none was saved.</summary>
    public CaseProfile? Get(string unitId) => _db.Query(
        """
        SELECT unit_id, agency_name, reconsideration_body, court, telephone, address, handler, reminder_email
        FROM case_profiles WHERE unit_id = @unit
        """,
        r => new CaseProfile(r.GetString(0), r.String(1), r.String(2), r.String(3), r.String(4), r.String(5), r.String(6), r.String(7)),
        ("unit", unitId)).FirstOrDefault();

    /// <summary>Writes <paramref name="profile"/> whole over the unit's stored one (or stores it).</summary>
    public void Save(CaseProfile profile, string user)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(user);
        _db.Execute(
            """
            INSERT INTO case_profiles (unit_id, agency_name, reconsideration_body, court, telephone, address, handler, reminder_email, updated_at, updated_by)
            VALUES (@unit, @agency, @body, @court, @phone, @address, @handler, @email, @now, @user)
            ON CONFLICT (unit_id) DO UPDATE SET agency_name = excluded.agency_name, reconsideration_body = excluded.reconsideration_body,
                court = excluded.court, telephone = excluded.telephone, address = excluded.address, handler = excluded.handler,
                reminder_email = excluded.reminder_email, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """,
            ("unit", profile.UnitId), ("agency", profile.AgencyName), ("body", profile.ReconsiderationBody), ("court", profile.Court),
            ("phone", profile.Telephone), ("address", profile.Address), ("handler", profile.Handler), ("email", profile.ReminderEmail),
            ("now", UnixTime.Now), ("user", user));
    }

    /// <summary>The templates <paramref name="unitId"/> uploaded, by kind, without their content.</summary>
    public IReadOnlyList<StoredLetterTemplate> Templates(string unitId) => _db.Query(
        "SELECT unit_id, kind, file_name, updated_at, updated_by FROM case_letter_templates WHERE unit_id = @unit ORDER BY kind",
        r => new StoredLetterTemplate(r.GetString(0), r.GetString(1), r.GetString(2), UnixTime.From(r.Long(3)), r.GetString(4)),
        ("unit", unitId));

    /// <summary>The DOCX of <paramref name="unitId"/>'s own template for <paramref name="kind"/>, or <see langword="null"/> for none.</summary>
    public byte[]? TemplateContent(string unitId, string kind) => _db.Query(
        "SELECT content FROM case_letter_templates WHERE unit_id = @unit AND kind = @kind",
        r => (byte[])r.GetValue(0), ("unit", unitId), ("kind", kind)).FirstOrDefault();

    /// <summary>Stores <paramref name="content"/> as <paramref name="unitId"/>'s template for <paramref name="kind"/>, replacing any before.</summary>
    public void SaveTemplate(string unitId, string kind, string fileName, byte[] content, string user)
    {
        ArgumentNullException.ThrowIfNull(content);
        _db.Execute(
            """
            INSERT INTO case_letter_templates (unit_id, kind, file_name, content, updated_at, updated_by)
            VALUES (@unit, @kind, @file, @content, @now, @user)
            ON CONFLICT (unit_id, kind) DO UPDATE SET file_name = excluded.file_name, content = excluded.content,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """,
            ("unit", unitId), ("kind", kind), ("file", fileName), ("content", content), ("now", UnixTime.Now), ("user", user));
    }

    /// <summary>Drops <paramref name="unitId"/>'s template for <paramref name="kind"/>, so the default applies again.</summary>
    /// <returns>Whether there was one.</returns>
    public bool ResetTemplate(string unitId, string kind) =>
        _db.Execute("DELETE FROM case_letter_templates WHERE unit_id = @unit AND kind = @kind", ("unit", unitId), ("kind", kind)) == 1;
}
