namespace Gongkai.Application.Inspecting;

/// <summary>Which file to look into (the options of <c>gongkai dump</c>).</summary>
public sealed record InspectOptions
{
    /// <summary>The report file, in any readable format.</summary>
    public required string File { get; init; }
}
