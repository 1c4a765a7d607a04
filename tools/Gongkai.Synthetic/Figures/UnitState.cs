namespace Gongkai.Synthetic.Figures;

/// <summary>What a unit's next report must continue from: the cross-year chains of docs/domain.md §3.</summary>
internal sealed class UnitState
{
    /// <summary>Last year's 四、结转下年度继续办理 per applicant column; <see langword="null"/> before the first report.</summary>
    public int[]? CarriedForward { get; set; }

    /// <summary>2019 format: next year's 上一年项目数量 per item row (= this year's 上一年项目数量 + 本年增/减).</summary>
    public Dictionary<string, int> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>2019 format: 对外公开总数量 so far, per document row (规章, 规范性文件).</summary>
    public Dictionary<string, int> Published { get; } = new(StringComparer.Ordinal);

    /// <summary>2021 format: last year's 现行有效件数 per document row; absent before the first 2021-format report.</summary>
    public Dictionary<string, int> InForce { get; } = new(StringComparer.Ordinal);
}
