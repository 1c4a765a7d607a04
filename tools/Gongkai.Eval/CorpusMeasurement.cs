using Gongkai.Application;
using Gongkai.Application.Checking;
using Gongkai.Application.Sources;
using Gongkai.Core.Serialization;

namespace Gongkai.Eval;

/// <summary>
/// <c>gongkai eval DIR</c> on a corpus without truth (issue #14, "Measure and targets"): every report file read and
/// checked, then counted per source folder, format and template year (<see cref="MeasuredReport"/>). With
/// <c>--truth DIR</c>, the files that have a truth JSON there (same stem) are also scored cell by cell.
/// </summary>
internal static class CorpusMeasurement
{
    /// <summary>Measures the corpus at <paramref name="corpus"/> (whose files <paramref name="index"/> lists); returns the exit code.</summary>
    public static int Run(string corpus, CorpusIndex index, EvalCommandLine line, TextWriter output, TextWriter error)
    {
        foreach (var warning in index.Warnings)
        {
            error.WriteLine($"警告：{warning}");
        }

        if (line.Truth is { } truthDirectory && !Directory.Exists(truthDirectory))
        {
            error.WriteLine($"{truthDirectory}：真值目录不存在。");
            return ExitCodes.UnusableInput;
        }

        var truths = TruthsByStem(line.Truth);
        var measured = new List<MeasuredReport>(index.Files.Count);
        var scored = new List<EvaluatedFile>();
        foreach (var file in index.Files)
        {
            var checkedReport = CheckReports.Check(ReportPipelines.Full.ParseFile(file));
            measured.Add(MeasuredReport.Of(corpus, checkedReport, index.Years.TryGetValue(file, out var year) ? year : null));
            if (truths.Remove(Path.GetFileNameWithoutExtension(file), out var truth))
            {
                try
                {
                    scored.Add(CorpusEvaluator.Evaluate(checkedReport.Parsed, truth));
                }
                catch (ReportJsonException ex)
                {
                    error.WriteLine($"{truth}：真值文件无效：{ex.Message}");
                    return ExitCodes.UnusableInput;
                }
            }
        }

        foreach (var orphan in truths.Values.Order(StringComparer.Ordinal))
        {
            error.WriteLine($"警告：{orphan} 没有同名的报告文件，未评测。");
        }

        output.WriteLine($"{corpus}：没有真值，按读取、完整与平衡评测 {index.Files.Count} 个文件" + (index.Years.Count > 0 ? $"（{CorpusIndex.FileName} 列出）" : "") + "。");
        if (line.Truth is not null)
        {
            var formatter = new EvalTextFormatter(output);
            output.WriteLine();
            output.WriteLine($"有真值的报告（{line.Truth}）：{scored.Count} 份");
            scored.ForEach(formatter.WriteFile);
            formatter.WriteTotal("真值评测", scored);
        }

        var summary = new MeasureTextFormatter(output);
        if (line.List)
        {
            summary.WriteExceptions(measured, corpus);
        }

        summary.WriteSummary(measured);
        var missed = measured.Any(r => r.InTarget && !r.CompleteAndBalanced) || scored.Any(f => !f.IsExact);
        return missed ? ExitCodes.ReportErrors : ExitCodes.Ok;
    }

    // The truth JSON files of the folder, by stem (the report file's name without its extension).
    private static Dictionary<string, string> TruthsByStem(string? directory) =>
        directory is null
            ? []
            : Directory.EnumerateFiles(directory, "*.json").Where(f => !Path.GetFileName(f).StartsWith('.'))
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal);
}
