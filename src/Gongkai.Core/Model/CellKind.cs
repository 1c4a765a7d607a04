namespace Gongkai.Core.Model;

/// <summary>What a table cell holds.</summary>
public enum CellKind
{
    /// <summary>A count of documents, items, applications or cases: a non-negative integer.</summary>
    Count,

    /// <summary>A signed change, 本年增/减 (<c>+229</c>, <c>增 55</c>, <c>减13</c>).</summary>
    Change,

    /// <summary>An amount of money in 万元 (<c>4195.8936万元</c>, <c>2.14亿元</c> = 21400).</summary>
    Money,
}
