namespace Gongkai.Web.Api;

/// <summary>One unit of the registry in <c>GET /api/v1/units</c>.</summary>
internal sealed record UnitItem(string Code, string Name, string Level, string Region, string? ParentCode, IReadOnlyList<string> Aliases);
