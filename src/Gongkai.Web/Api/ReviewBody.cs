namespace Gongkai.Web.Api;

/// <summary>The body of a review request: the reason or note, and the account to assign to (both optional).</summary>
internal sealed record ReviewBody(string? Note, string? Assignee);
