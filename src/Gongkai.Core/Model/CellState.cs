namespace Gongkai.Core.Model;

/// <summary>Whether a cell holds a value.</summary>
public enum CellState
{
    /// <summary>The cell holds a number.</summary>
    Number,

    /// <summary>The report leaves the cell blank or prints <c>/</c>, <c>-</c> or <c>—</c>. Blank is not zero.</summary>
    Blank,

    /// <summary>The cell holds text that is not a number (e.g. <c>见附件</c>); its value is unknown.</summary>
    Unreadable,
}
