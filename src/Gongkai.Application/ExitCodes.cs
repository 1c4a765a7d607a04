namespace Gongkai.Application;

/// <summary>
/// The exit codes of the <c>gongkai</c> command and of the tools the launcher runs as its verbs (<c>gongkai eval</c>):
/// one definition, since scripts (the git hook, CI) test them (docs/architecture.md, "CLI").
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything read; no report has errors (eval: every report read exactly).</summary>
    public const int Ok = 0;

    /// <summary>An input could not be used (missing, empty, binary, not a report, no corpus, an invalid truth file), or an unexpected failure.</summary>
    public const int UnusableInput = 1;

    /// <summary>Every input was read, and at least one report has errors (eval: at least one value differs from the truth).</summary>
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
