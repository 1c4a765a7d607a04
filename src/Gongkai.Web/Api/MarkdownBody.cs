namespace Gongkai.Web.Api;

/// <summary>A section's Markdown to preview.</summary>
internal sealed record MarkdownBody(string? Markdown);
