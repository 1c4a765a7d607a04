namespace Gongkai.Eval;

/// <summary>
/// The arguments after <c>eval</c>: one corpus directory, <c>--help</c>, <c>--verbose</c>, and <c>--</c> before a
/// directory whose name starts with <c>-</c>. An unknown option stands where the directory would, as the gongkai
/// command reads it, so that the same command line gets the same messages.
/// </summary>
/// <param name="Corpus">The corpus directory, or null.</param>
/// <param name="Help">Whether help was asked for.</param>
/// <param name="Verbose">Whether technical detail was asked for.</param>
/// <param name="Problems">What is wrong with the command line, in Chinese; empty when it is usable.</param>
internal sealed record EvalCommandLine(string? Corpus, bool Help, bool Verbose, IReadOnlyList<string> Problems)
{
    public static EvalCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var help = false;
        var verbose = false;
        var endOfOptions = false;
        var positional = new List<string>();
        var problems = new List<string>();
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--" when !endOfOptions:
                    endOfOptions = true;
                    break;
                case "-?" or "-h" or "--help" when !endOfOptions:
                    help = true;
                    break;
                case "-v" or "--verbose" when !endOfOptions:
                    verbose = true;
                    break;
                default:
                    if (!endOfOptions && arg.Length > 1 && arg.StartsWith('-'))
                    {
                        problems.Add($"未知的选项：{arg}（以 - 开头的文件名请写在 -- 之后）");
                    }

                    positional.Add(arg);
                    break;
            }
        }

        problems.AddRange(positional.Skip(1).Select(extra => $"多余的参数：{extra}"));
        if (positional.Count == 0 && !help)
        {
            problems.Add("eval 缺少参数“语料目录”。");
        }

        return new EvalCommandLine(positional.FirstOrDefault(), help, verbose, problems);
    }
}
