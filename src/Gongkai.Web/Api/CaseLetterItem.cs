namespace Gongkai.Web.Api;

/// <summary>A letter stored on a case; its DOCX is <c>/api/v1/cases/{id}/letters/{letterId}</c>.</summary>
internal sealed record CaseLetterItem(long Id, string Kind, string Title, string FileName, DateTimeOffset CreatedAt, string CreatedBy);
