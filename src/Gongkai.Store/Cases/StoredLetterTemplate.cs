namespace Gongkai.Store.Cases;

/// <summary>A unit's own letter template (migration 0011).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Kind">The letter's stable name (as <see cref="StoredCaseLetter.Kind"/>).</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="UpdatedAt">When it was uploaded.</param>
/// <param name="UpdatedBy">Who uploaded it.</param>
public sealed record StoredLetterTemplate(string UnitId, string Kind, string FileName, DateTimeOffset UpdatedAt, string UpdatedBy);
