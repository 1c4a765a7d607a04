using Gongkai.Application;

namespace Gongkai.Cli;

/// <summary>The CLI's exit codes (docs/architecture.md, "CLI").</summary>
internal static class ExitCodes
{
    /// <summary>Everything read; no report has errors.</summary>
    public const int Ok = 0;

    /// <summary>An input could not be used (missing, empty, binary, not a report), or an unexpected failure.</summary>
    public const int UnusableInput = 1;

    /// <summary>Every input was read, and at least one report has errors.</summary>
    public const int ReportErrors = 2;

    /// <summary>The command line itself is wrong.</summary>
    public const int BadUsage = 3;

    /// <summary>The store (database) cannot be opened or written.</summary>
    public const int StoreUnavailable = 4;

    /// <summary>The exit code for a use case's failure.</summary>
    public static int Of(FailureKind kind) => kind switch
    {
        FailureKind.ReportErrors => ReportErrors,
        FailureKind.BadUsage => BadUsage,
        FailureKind.StoreUnavailable => StoreUnavailable,
        _ => UnusableInput,
    };
}
