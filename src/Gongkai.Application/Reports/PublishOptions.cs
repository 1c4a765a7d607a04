using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>Publish (公开) or withdraw (撤回) one report, on behalf of whom.</summary>
public sealed record PublishOptions
{
    /// <summary>Who is asking: the report must be in this scope, and the scope must be an office's (<see cref="PublishReport.MayPublish"/>).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The account acting (kept as the publisher).</summary>
    public required string Actor { get; init; }

    /// <summary>The report.</summary>
    public required long ReportId { get; init; }

    /// <summary><see langword="true"/> to publish, <see langword="false"/> to withdraw.</summary>
    public required bool Publish { get; init; }
}
