namespace Gongkai.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>For information: something was read in a way worth knowing (e.g. a unit converted).</summary>
    Info,

    /// <summary>Probably wrong or incomplete, but not a breach of a statutory rule (e.g. blank cells).</summary>
    Warning,

    /// <summary>A statutory rule is broken or a required part is missing.</summary>
    Error,
}
