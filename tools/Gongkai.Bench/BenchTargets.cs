namespace Gongkai.Bench;

/// <summary>The one table of goals: issue #16's targets per row, whole processes on 2 cores.</summary>
internal static class BenchTargets
{
    private static readonly Dictionary<string, BenchTarget> ByRow = new(StringComparer.Ordinal)
    {
        ["parse-text"] = new(2000, null, null, "≥ 2,000 份/秒", "313 份/秒"),
        ["parse-html"] = new(800, null, null, "≥ 800 份/秒", "152 份/秒"),
        ["parse-docx"] = new(800, null, null, "≥ 800 份/秒", "181 份/秒"),
        ["parse-xlsx"] = new(800, null, null, "≥ 800 份/秒", "176 份/秒"),
        ["parse-pdf"] = new(100, null, null, "≥ 100 份/秒，快于 pdftotext", "15 份/秒（pdftotext 约 64 份/秒）"),
        ["import-sqlite"] = new(800, null, null, "≥ 800 份/秒", "146 份/秒"),
        ["import-pg"] = new(600, null, null, "≥ 600 份/秒", "159 份/秒"),
        ["rollup-year-sqlite"] = new(null, 0.1, null, "< 0.1 秒", "2.1 秒"),
        ["rollup-all-sqlite"] = new(null, 1, null, "< 1 秒", "18.4 秒"),
        ["rollup-year-pg"] = new(null, 0.1, null, "< 0.1 秒", "—"),
        ["rollup-all-pg"] = new(null, 1, null, "< 1 秒", "—"),
        ["audit-year-sqlite"] = new(null, 5, 300, "< 5 秒，< 300 MB", "27 秒，787 MB"),
        ["audit-year-pg"] = new(null, 5, 300, "< 5 秒，< 300 MB", "—"),
        ["export-long-sqlite"] = new(null, 5, null, "< 5 秒，内存恒定", "14.3 秒"),
        ["export-long-pg"] = new(null, 5, null, "< 5 秒，内存恒定", "—"),
        ["export-stdout-sqlite"] = new(null, 5, null, "< 5 秒，内存恒定", "—"),
        ["export-stdout-pg"] = new(null, 5, null, "< 5 秒，内存恒定", "—"),
    };

    /// <summary>The goal of row <paramref name="id"/>, or <see cref="BenchTarget.None"/>.</summary>
    public static BenchTarget For(string id) => ByRow.GetValueOrDefault(id) ?? BenchTarget.None;
}
