namespace Gongkai.Application;

/// <summary>Why a use case stopped; each front end maps it to its own answer (the CLI to an exit code).</summary>
public enum FailureKind
{
    /// <summary>An input could not be used (missing, unreadable, not a report), or an output could not be written.</summary>
    UnusableInput,

    /// <summary>The report has errors and was refused.</summary>
    ReportErrors,

    /// <summary>The request itself is wrong (for example an output that exists and may not be overwritten).</summary>
    BadUsage,

    /// <summary>The store cannot be opened or written.</summary>
    StoreUnavailable,

    /// <summary>What was asked for does not exist, or not in the caller's access scope (the two are not told apart).</summary>
    NotFound,

    /// <summary>Someone else changed it since the caller read it (a draft saved in another tab): nothing was written.</summary>
    Conflict,
    /// <summary>The caller may see it but its role may not do this (a 填报单位 publishing its own report).</summary>
    Forbidden,
}
