using System.Globalization;
using System.Text;

namespace Gongkai.Bench;

/// <summary>The results as a table with Chinese headers: aligned text for the terminal, or Markdown.</summary>
internal static class BenchTable
{
    private static readonly string[] Headers = ["工作", "报告数", "中位数（秒）", "速率（份/秒）", "峰值内存（MB）", "目标", "基线及比值（本程序/基线）", "之前（秒）", "提速"];

    public static IReadOnlyList<string[]> Rows(IEnumerable<RowResult> results) => [.. results.Select(Cells)];

    public static void WriteText(TextWriter output, IReadOnlyList<RowResult> results)
    {
        var rows = new List<string[]> { Headers };
        rows.AddRange(Rows(results));
        var widths = Enumerable.Range(0, Headers.Length).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                var right = c is >= 1 and <= 4 || c is 7 or 8;
                var pad = new string(' ', widths[c] - Width(row[c]));
                line.Append(right ? pad + row[c] : row[c] + pad).Append(c < row.Length - 1 ? "  " : "");
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    public static void WriteMarkdown(TextWriter output, IReadOnlyList<RowResult> results, MachineInfo machine, BenchOptions options)
    {
        output.WriteLine("# gongkai bench");
        output.WriteLine();
        output.WriteLine($"- 机器：{machine.Describe()}");
        output.WriteLine($"- 方法：每行为一个完整进程（{CliBuild.Describe(options.Cli)}），取 {options.Runs} 次的中位数；峰值内存为 /usr/bin/time 的最大常驻内存（中位数）");
        if (options.Before is { } before)
        {
            output.WriteLine($"- 之前的版本：{before}（与当前版本逐次交替运行）");
        }

        output.WriteLine($"- 规模：每种格式 {options.Reports} 份；数据库 {BenchStore.Reports(options)} 份（{BenchStore.Units(options)} 个单位 × {BenchStore.Years} 年）");
        output.WriteLine();
        output.WriteLine("| " + string.Join(" | ", Headers) + " |");
        output.WriteLine("|" + string.Join("|", Headers.Select((_, c) => c is >= 1 and <= 4 || c is 7 or 8 ? "---:" : "---")) + "|");
        foreach (var row in Rows(results))
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }
    }

    private static string[] Cells(RowResult result)
    {
        var current = result.Current;
        var failed = current.Failure is not null;
        var target = result.Row.Target.Text + result.TargetMet switch { true => "（达标）", false => "（未达标）", null => "" };
        var baselines = string.Join("；", result.Baselines.Select(b => b.Result.Failure is null
            ? $"{b.Name} {F(b.Result.Seconds)} 秒（×{(failed ? "—" : F(current.Seconds / b.Result.Seconds))}）"
            : $"{b.Name} 失败"));
        var before = result.Before is null ? "" : result.Before.Failure is null ? F(result.Before.Seconds) : "失败";
        var speedUp = result.Before is { Failure: null } b && !failed ? $"×{F(b.Seconds / current.Seconds)}" : "";
        return
        [
            result.Row.Work,
            result.Row.Reports.ToString("N0", CultureInfo.InvariantCulture),
            failed ? $"失败：{current.Failure}" : F(current.Seconds),
            failed ? "" : result.Rate.ToString("N0", CultureInfo.InvariantCulture),
            failed ? "" : current.RssMb.ToString("F0", CultureInfo.InvariantCulture),
            target,
            baselines,
            before,
            speedUp,
        ];
    }

    private static string F(double value) => value.ToString(value >= 100 ? "F0" : value >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture);

    // Terminal columns: CJK and full-width forms take two.
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and (<= '\u115f' or (>= '\u2e80' and <= '\ua4cf') or (>= '\uac00' and <= '\ud7a3') or (>= '\uf900' and <= '\ufaff') or (>= '\ufe30' and <= '\ufe4f') or (>= '\uff00' and <= '\uff60') or (>= '\uffe0' and <= '\uffe6')) ? 2 : 1);
}
