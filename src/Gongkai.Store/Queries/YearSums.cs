namespace Gongkai.Store.Queries;

/// <summary>One year of a roll-up as it is summed: the reports counted, the summary reports left out, the cells' sums.</summary>
internal sealed class YearSums
{
    public int Reports { get; set; }

    public int SummaryReports { get; set; }

    public Sums Cells { get; } = new();

    public void Add(YearSums other)
    {
        Reports += other.Reports;
        SummaryReports += other.SummaryReports;
        Cells.Add(other.Cells);
    }
}
