using Gongkai.Core.Cases.Clock;

namespace Gongkai.Web.Api;

/// <summary>A case's deadline explained, as <c>gongkai deadline --json</c> gives it, and the same in Chinese lines.</summary>
internal sealed record CaseDeadlineItem(
    DateOnly Received, DateOnly Due, int ExtensionWorkingDays, IReadOnlyList<DateOnly> Counted, IReadOnlyList<SkippedDay> Skipped,
    IReadOnlyList<DateSpan> Pauses, IReadOnlyList<string> Warnings, string Explanation)
{
    public static CaseDeadlineItem From(DeadlineExplanation d) =>
        new(d.Received, d.Due, d.ExtensionWorkingDays, d.Counted, d.Skipped, d.Pauses, d.Warnings, d.Describe());
}
