namespace Gongkai.Store.Importing;

/// <summary>What storing one file did.</summary>
public enum SaveOutcome
{
    /// <summary>A report not in the store before (version 1).</summary>
    Added,

    /// <summary>A changed file of a stored report: a new version, now the current one; the old ones stay in the history.</summary>
    NewVersion,

    /// <summary>A different file with the same figures and text as the current version: recorded as another source of it.</summary>
    SameContent,

    /// <summary>This exact file was imported before: nothing to do.</summary>
    AlreadyImported,

    /// <summary>
    /// A file whose content equals a stored version that is not the current one (an old download, re-encoded or
    /// re-saved): recorded as another source of that version; the current version is left alone.
    /// </summary>
    EarlierVersion,

    /// <summary>A new content that ranks below the current version (an older 落款 date): kept in the history, not current.</summary>
    OlderVersion,

    /// <summary>Asked for explicitly (<c>import --make-current</c>): the file's version, new or stored, is now the current one.</summary>
    MadeCurrent,
}

/// <summary>The result of storing one file.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="ReportId">The report the file belongs to.</param>
/// <param name="Version">The version the file gave or confirmed.</param>
/// <param name="CurrentVersion">The report's current version afterwards.</param>
public sealed record SaveResult(SaveOutcome Outcome, long ReportId, int Version, int CurrentVersion);
