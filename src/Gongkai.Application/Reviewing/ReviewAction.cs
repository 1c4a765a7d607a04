namespace Gongkai.Application.Reviewing;

/// <summary>What a reviewer does to a finding.</summary>
public enum ReviewAction
{
    /// <summary>Assign it to an account (or unassign it, with no assignee).</summary>
    Assign,

    /// <summary>Confirm it is a real problem of the report.</summary>
    Confirm,

    /// <summary>Dismiss it, with a reason.</summary>
    Dismiss,

    /// <summary>Mark it put right, with a note.</summary>
    Resolve,

    /// <summary>Open it again.</summary>
    Reopen,
}
