using System.CommandLine;
using Gongkai.Application.Sources;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Serialization;
using Gongkai.Eval;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai eval CORPUS_DIR</c>: parses <c>raw/*</c>, compares with <c>truth/*.json</c> cell by cell.</summary>
internal static class EvalCommand
{
    private static readonly Argument<string> Corpus = new("语料目录") { Description = "含 raw/ 与 truth/ 的语料目录，或含 expected/ 的样例目录" };

    public static Command Create()
    {
        var command = new Command("eval", "评测：逐个单元格比较解析结果与人工核对的真值") { Corpus };
        command.SetAction(result => Run(result.GetValue(Corpus)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string corpus, TextWriter output, TextWriter error)
    {
        var pairs = CorpusEvaluator.Pairs(corpus);
        if (pairs.Count == 0)
        {
            error.WriteLine($"{corpus}：没有找到可评测的文件（需要 raw/ 与 truth/ 下同名的报告和 JSON）。");
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

        formatter.WriteSummary(results);
        return results.All(r => r.IsExact) ? ExitCodes.Ok : ExitCodes.ReportErrors;
    }
}
