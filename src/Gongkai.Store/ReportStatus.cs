namespace Gongkai.Store;

/// <summary>A report's state by its current version's findings (报告列表's 状态 filter).</summary>
public enum ReportStatus
{
    /// <summary>无问题: no error, no warning.</summary>
    Clean,

    /// <summary>有警告: warnings, no error.</summary>
    Warnings,

    /// <summary>有错误: at least one error.</summary>
    Errors,
}
