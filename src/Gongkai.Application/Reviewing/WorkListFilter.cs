namespace Gongkai.Application.Reviewing;

/// <summary>Which findings the 审核 work list shows.</summary>
public enum WorkListFilter
{
    /// <summary>Every finding.</summary>
    All,

    /// <summary>Open or confirmed: still to be dealt with.</summary>
    Open,

    /// <summary>Resolved or dismissed.</summary>
    Closed,

    /// <summary>Those assigned to the caller.</summary>
    Mine,
}
