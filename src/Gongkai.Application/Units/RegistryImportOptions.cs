namespace Gongkai.Application.Units;

/// <summary>Which registry file to import (<c>gongkai units import</c>, <c>gongkai import --registry</c>).</summary>
public sealed record RegistryImportOptions
{
    /// <summary>The registry CSV: <c>code,name,level,region,parent,aliases</c> (docs/store.md).</summary>
    public required string File { get; init; }
}
