namespace Gongkai.Synthetic;

/// <summary>The problems planted in the synthetic province for the store to find (see <see cref="SyntheticFlaw"/>).</summary>
public enum FlawKind
{
    /// <summary>表三 一、本年新收 raised in one applicant column and its 总计: 一+二 ≠ (七)+四 in those two columns.</summary>
    Balance,

    /// <summary>表三 二、上年结转 differs from last year's 四、结转下年度继续办理 in one column (the table itself still balances).</summary>
    CarriedOverMismatch,

    /// <summary>2021 format: 行政规范性文件 现行有效件数 ≠ last year's + 本年制发 − 本年废止.</summary>
    InForceBreak,

    /// <summary>2019 format: 2020's 行政许可 上一年项目数量 ≠ 2019's 上一年项目数量 + 本年增/减.</summary>
    PreviousItemsBreak,

    /// <summary>Published after the deadline of 条例 art. 49.</summary>
    Late,

    /// <summary>No report file for the unit-year.</summary>
    Missing,

    /// <summary>A county summary's figure differs from the sum of its children's.</summary>
    SummaryMismatch,

    /// <summary>Two files: version 1 with a balance error, version 2 later and clean.</summary>
    Corrected,

    /// <summary>The report prints one of the unit's aliases instead of its registry name.</summary>
    NameVariant,
}
