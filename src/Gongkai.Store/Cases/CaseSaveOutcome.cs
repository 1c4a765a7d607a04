namespace Gongkai.Store.Cases;

/// <summary>What saving a case did.</summary>
public enum CaseSaveOutcome
{
    /// <summary>Saved; the case has the version returned.</summary>
    Saved,

    /// <summary>
    /// Nothing was written: on update, someone saved the case since the version given; on insert, the id or the unit's
    /// registry number is taken.
    /// </summary>
    Conflict,

    /// <summary>No such case (update), or the case's unit is not registered (insert).</summary>
    NotFound,
}
