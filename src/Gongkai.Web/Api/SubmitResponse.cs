namespace Gongkai.Web.Api;

/// <summary>What submitting a draft stored: the report (as in <c>/api/v1/reports/{id}</c>), its version, and a Chinese line.</summary>
internal sealed record SubmitResponse(long ReportId, int Version, string Description);
