using Gongkai.Application;
using Gongkai.Application.Sources;
using Gongkai.Core.Serialization;

namespace Gongkai.Eval;

/// <summary>
/// <c>gongkai eval CORPUS_DIR</c>: parses <c>raw/*</c>, compares with <c>truth/*.json</c> cell by cell; a folder of
/// report files without truth is measured instead (<see cref="CorpusMeasurement"/>). The launcher
/// routes the verb here; its command line, help and messages are the ones the verb had in the gongkai command.
/// </summary>
internal static class EvalApp
{
    private const string Help = """
        说明:
          评测：逐个单元格比较解析结果与人工核对的真值

        用法:
          gongkai eval <语料目录> [选项]

        参数:
          <语料目录>  含 raw/ 与 truth/ 的语料目录，或含 expected/ 的样例目录；
                      没有真值的目录（如 wild/，可带 INDEX.csv）按来源、格式和模板年份统计
                      读取与拒绝、完整、平衡、推断与存疑的单元格

        选项:
          -?, -h, --help  显示帮助和用法信息
          -v, --verbose   显示技术细节（异常类型和原文信息）以及逐个跳过的文件
          --list          （无真值目录）逐份列出不完整或不平衡的报告及原因（-v 亦列出）
          --truth <目录>  （无真值目录）另用该目录下与报告同名的 JSON 逐个单元格评分


        """;

    /// <summary>Runs the command line <paramref name="args"/> (the arguments after <c>eval</c>), writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var line = EvalCommandLine.Parse(args);
        if (line.Problems.Count > 0)
        {
            foreach (var problem in line.Problems)
            {
                error.WriteLine($"命令行错误：{problem}");
            }

            error.WriteLine("用法见 gongkai eval --help。");
            return ExitCodes.BadUsage;
        }

        if (line.Help)
        {
            output.Write(Help.ReplaceLineEndings(output.NewLine));
            return ExitCodes.Ok;
        }

        try
        {
            return Evaluate(line, output, error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, reported without a stack trace; the exception's own (English) text only with --verbose.
            error.WriteLine("内部错误：本工具出现了意外故障。这是本工具的缺陷，请加 --verbose 重新运行，把输出连同输入文件一起报告。");
            if (line.Verbose)
            {
                error.WriteLine($"  （详细：{TechnicalDetail.Of(ex).ReplaceLineEndings(" ").Trim()}）");
            }

            return ExitCodes.UnusableInput;
        }
    }

    private static int Evaluate(EvalCommandLine line, TextWriter output, TextWriter error)
    {
        var corpus = line.Corpus!;
        var pairs = line.Truth is null ? CorpusEvaluator.Pairs(corpus) : [];
        if (pairs.Count == 0)
        {
            // A corpus without truth (report files, perhaps an INDEX.csv) is measured by completeness and balance.
            if (Directory.Exists(corpus) && CorpusIndex.Load(corpus) is { Files.Count: > 0 } index)
            {
                return CorpusMeasurement.Run(corpus, index, line, output, error);
            }

            error.WriteLine($"{corpus}：没有找到可评测的文件（需要 raw/ 与 truth/ 下同名的报告和 JSON，或报告文件）。");
            return ExitCodes.UnusableInput;
        }

        var formatter = new EvalTextFormatter(output);
        var results = new List<EvaluatedFile>(pairs.Count);
        foreach (var (raw, truth) in pairs)
        {
            try
            {
                var evaluated = CorpusEvaluator.Evaluate(ReportPipelines.Full, raw, truth);
                formatter.WriteFile(evaluated);
                results.Add(evaluated);
            }
            catch (ReportJsonException ex)
            {
                error.WriteLine($"{truth}：真值文件无效：{ex.Message}");
                return ExitCodes.UnusableInput;
            }
        }

        var manifest = CorpusManifest.Load(corpus);
        foreach (var warning in manifest?.Warnings ?? [])
        {
            error.WriteLine($"警告：{warning}");
        }

        if (manifest is { Columns.Count: > 0 } && results.Count(r => !manifest.Lists(r.RawFile)) is var unlisted and > 0)
        {
            error.WriteLine($"警告：{CorpusManifest.FileName} 未列出 {unlisted} 个被评测的文件，按其分组时计为“（未列出）”。");
        }

        var producers = results.ToDictionary(r => r.RawFile, r => PdfProducer.Of(r.RawFile), StringComparer.Ordinal);
        formatter.WriteSummary(results, EvalGrouping.For(manifest, producers));
        return results.All(r => r.IsExact) ? ExitCodes.Ok : ExitCodes.ReportErrors;
    }
}
