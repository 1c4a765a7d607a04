namespace Gongkai.Store.Cases;

/// <summary>A letter (文书) issued on a case, without its content.</summary>
/// <param name="Id">The letter's id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">Which letter it is (the letter slice's stable name, e.g. a 补正告知书).</param>
/// <param name="FileName">The generated file's name.</param>
/// <param name="CreatedAt">When it was generated.</param>
/// <param name="CreatedBy">Who generated it.</param>
public sealed record StoredCaseLetter(long Id, string CaseId, string Kind, string FileName, DateTimeOffset CreatedAt, string CreatedBy);
