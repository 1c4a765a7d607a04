namespace Gongkai.Store.Cases;

/// <summary>A case named by its id and its registry number, without reading its body.</summary>
/// <param name="Id">The case's id.</param>
/// <param name="Number">Its registry number.</param>
public sealed record CaseReference(string Id, string Number);
