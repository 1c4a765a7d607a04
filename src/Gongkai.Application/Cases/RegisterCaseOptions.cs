using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>An application to register (条例 art. 29, 31), for whom.</summary>
public sealed record RegisterCaseOptions
{
    /// <summary>Who is asking: the unit must be in the scope, and the scope may write (<see cref="CaseAccess.MayWrite"/>).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name (kept as who registered it).</summary>
    public required string User { get; init; }

    /// <summary>The unit handling it (its registry code).</summary>
    public required string UnitId { get; init; }

    /// <summary>Who applied (art. 29(一)).</summary>
    public required Applicant Applicant { get; init; }

    /// <summary>How it was submitted.</summary>
    public required SubmissionChannel Channel { get; init; }

    /// <summary>The day it arrived.</summary>
    public required DateOnly Arrived { get; init; }

    /// <summary>The day the receipt was confirmed with the applicant, for the channels art. 31 needs it for.</summary>
    public DateOnly? Confirmed { get; init; }

    /// <summary>The information requested (art. 29(二)).</summary>
    public required string Content { get; init; }

    /// <summary>The form and route of provision requested (art. 29(三)).</summary>
    public string? ProvisionForm { get; init; }

    /// <summary>Names of the files attached.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>The person handling it.</summary>
    public string? Assignee { get; init; }

    /// <summary>The registry number; <see langword="null"/> for the next <c>{year}-{seq:0000}</c> of the unit.</summary>
    public string? Number { get; init; }

    /// <summary>Whether to generate and store the 受理回执 too.</summary>
    public bool Acknowledge { get; init; }

    /// <summary>Today; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
