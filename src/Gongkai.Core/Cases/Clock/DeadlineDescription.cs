namespace Gongkai.Core.Cases.Clock;

/// <summary>Writes a <see cref="DeadlineExplanation"/> as Chinese lines, skipped days grouped in spans.</summary>
internal static class DeadlineDescription
{
    public static string Write(DeadlineExplanation explanation)
    {
        var text = new List<string>();
        text.Add($"收到申请：{Day(explanation.Received)}");
        text.Add($"答复期限：{Day(explanation.Due)}");
        var counted = explanation.Counted;
        var extension = explanation.ExtensionWorkingDays;
        var total = extension > 0 ? $"{counted.Count} 个工作日（{counted.Count - extension} 个，延长 {extension} 个）" : $"{counted.Count} 个工作日";
        var firstDay = counted[0] == explanation.Received ? "收到申请当日计为第 1 日" : "收到申请当日不计入";
        text.Add($"计算 {total}：{ClockLabels.Date(counted[0])} 至 {ClockLabels.Date(explanation.Due)}（{firstDay}）");
        if (extension > 0)
        {
            text.Add($"延长答复期限：{extension} 个工作日（条例第三十三条）");
        }

        foreach (var pause in explanation.Pauses)
        {
            text.Add($"暂停计算：{Span(pause.From, pause.To)} {pause.Reason}");
        }

        var groups = Groups(explanation.Skipped);
        if (groups.Count > 0)
        {
            text.Add("不计算的日期：");
            foreach (var (from, to, label) in groups)
            {
                text.Add($"  {Span(from, to)} {label}");
            }
        }

        foreach (var warning in explanation.Warnings)
        {
            text.Add($"注意：{warning}");
        }

        return string.Join('\n', text) + "\n";
    }

    // Consecutive skipped days with the same reason make one span; a Saturday and a Sunday together are a weekend.
    private static List<(DateOnly From, DateOnly To, string Label)> Groups(IReadOnlyList<SkippedDay> skipped)
    {
        var groups = new List<(DateOnly From, DateOnly To, string Key, string Label)>();
        foreach (var day in skipped.OrderBy(s => s.Date))
        {
            var key = day.Reason is ClockLabels.Saturday or ClockLabels.Sunday ? ClockLabels.Weekend : day.Reason;
            if (groups.Count > 0 && groups[^1].Key == key && groups[^1].To.AddDays(1) == day.Date)
            {
                groups[^1] = groups[^1] with { To = day.Date, Label = key };
            }
            else
            {
                groups.Add((day.Date, day.Date, key, day.Reason));
            }
        }

        return [.. groups.Select(g => (g.From, g.To, g.Label))];
    }

    private static string Day(DateOnly date) => $"{ClockLabels.Date(date)}（{ClockLabels.DayOfWeek(date)}）";

    private static string Span(DateOnly from, DateOnly to) => from == to ? ClockLabels.Date(from) : $"{ClockLabels.Date(from)} 至 {ClockLabels.Date(to)}";
}
