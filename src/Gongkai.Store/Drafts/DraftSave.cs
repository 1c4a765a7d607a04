namespace Gongkai.Store.Drafts;

/// <summary>What saving a draft did.</summary>
public enum DraftSaveOutcome
{
    /// <summary>Saved; the draft has the next revision.</summary>
    Saved,

    /// <summary>Someone saved the draft since the revision given: nothing was written.</summary>
    Conflict,

    /// <summary>No such draft in the caller's scope.</summary>
    NotFound,
}
