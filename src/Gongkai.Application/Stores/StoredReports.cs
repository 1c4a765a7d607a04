namespace Gongkai.Application.Stores;

/// <summary>The failures of the use cases that look a stored report up by unit and year.</summary>
internal static class StoredReports
{
    /// <summary>The unit's report for the year is not in the store.</summary>
    public static UseCaseFailure NotFound(string agency, int year) =>
        new(FailureKind.UnusableInput, $"数据库中没有“{agency}”的 {year} 年度报告。");
}
