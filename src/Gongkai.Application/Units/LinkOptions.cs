namespace Gongkai.Application.Units;

/// <summary>Which report to link to which unit (<c>gongkai units link</c>).</summary>
public sealed record LinkOptions
{
    /// <summary>The report's number (as <c>units questions</c> lists it).</summary>
    public required long ReportId { get; init; }

    /// <summary>The unit's registry code.</summary>
    public required string UnitCode { get; init; }
}
