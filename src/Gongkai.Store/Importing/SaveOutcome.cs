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
}

/// <summary>The result of storing one file.</summary>
public sealed record SaveResult(SaveOutcome Outcome, long ReportId, int Version);
