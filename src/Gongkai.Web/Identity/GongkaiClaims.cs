namespace Gongkai.Web.Identity;

/// <summary>The claims the application adds to a signed-in user.</summary>
internal static class GongkaiClaims
{
    /// <summary>The account's scope: a region path or a unit code.</summary>
    public const string Scope = "gongkai:scope";
}
