namespace Gongkai.Core.Cases;

/// <summary>The group of table 四 an appeal counts in.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼·未经复议直接起诉.</summary>
    LitigationDirect,

    /// <summary>行政诉讼·复议后起诉.</summary>
    LitigationAfterReconsideration,
}
