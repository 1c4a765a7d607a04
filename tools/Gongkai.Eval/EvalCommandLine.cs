namespace Gongkai.Eval;

/// <summary>
/// The arguments after <c>eval</c>: one corpus directory, <c>--help</c>, <c>--verbose</c>, <c>--list</c>, <c>--truth DIR</c>
/// (for a corpus without truth: truth JSON kept elsewhere, by the report file's stem), and <c>--</c> before a
/// directory whose name starts with <c>-</c>. An unknown option stands where the directory would, as the gongkai
/// command reads it, so that the same command line gets the same messages.
/// </summary>
/// <param name="Corpus">The corpus directory, or null.</param>
/// <param name="Help">Whether help was asked for.</param>
/// <param name="Verbose">Whether technical detail was asked for.</param>
/// <param name="Problems">What is wrong with the command line, in Chinese; empty when it is usable.</param>
internal sealed record EvalCommandLine(string? Corpus, bool Help, bool Verbose, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the reports that are not complete and balanced are to be listed with why (<c>--list</c>, or <c>--verbose</c>).</summary>
    public bool List { get; init; }

    /// <summary>The folder of truth JSON for a corpus without truth (<c>--truth DIR</c>), or null.</summary>
    public string? Truth { get; init; }

    public static EvalCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var help = false;
        var verbose = false;
        var list = false;
        string? truth = null;
        var wantsTruth = false;
        var endOfOptions = false;
        var positional = new List<string>();
        var problems = new List<string>();
        foreach (var arg in args)
        {
            if (wantsTruth)
            {
                truth = arg;
                wantsTruth = false;
                continue;
            }

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
                case "--list" when !endOfOptions:
                    list = true;
                    break;
                case "--truth" when !endOfOptions:
                    wantsTruth = true;
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

        if (wantsTruth)
        {
            problems.Add("--truth 缺少参数“真值目录”。");
        }

        problems.AddRange(positional.Skip(1).Select(extra => $"多余的参数：{extra}"));
        if (positional.Count == 0 && !help)
        {
            problems.Add("eval 缺少参数“语料目录”。");
        }

        return new EvalCommandLine(positional.FirstOrDefault(), help, verbose, problems) { List = list || verbose, Truth = truth };
    }
}
