using Gongkai.Reporting.Letters;

namespace Gongkai.Web.Api;

/// <summary>The body of <c>POST /api/v1/cases/{id}/letters</c>: which letter to generate.</summary>
internal sealed record LetterRequest(LetterKind? Kind);
