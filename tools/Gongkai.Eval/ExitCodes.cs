namespace Gongkai.Eval;

/// <summary>
/// The exit codes of <c>gongkai eval</c>: the values of the gongkai command's own (docs/architecture.md, "CLI"),
/// since the launcher runs this tool as one of its verbs and scripts (the git hook) test them.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every report read exactly.</summary>
    public const int Ok = 0;

    /// <summary>No corpus, an invalid truth file, or an unexpected failure.</summary>
    public const int UnusableInput = 1;

    /// <summary>At least one value differs from the truth.</summary>
    public const int ReportErrors = 2;

    /// <summary>The command line itself is wrong.</summary>
    public const int BadUsage = 3;
}
