namespace Gongkai.Application.Units;

/// <summary>Which registry file to import (<c>gongkai units import</c>, <c>gongkai import --registry</c>).</summary>
public sealed record RegistryImportOptions
{
    /// <summary>The registry CSV: <c>code,name,level,region,parent,aliases</c> (docs/store.md).</summary>
    public required string File { get; init; }

    /// <summary>
    /// The file's bytes when they were received rather than stored (an upload on the web); <see cref="File"/> then only
    /// names it in messages.
    /// </summary>
    public byte[]? Content { get; init; }
}
