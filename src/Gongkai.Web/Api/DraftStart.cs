namespace Gongkai.Web.Api;

/// <summary>Which unit's report to start (or resume), for which year.</summary>
internal sealed record DraftStart(string UnitCode, int Year);
