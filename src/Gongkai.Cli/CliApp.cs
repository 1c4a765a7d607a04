using System.CommandLine;
using Gongkai.Application;
using Gongkai.Cli.Commands;
using Gongkai.Cli.Formatting;

namespace Gongkai.Cli;

/// <summary>The root command and its verbs; <see cref="Run"/> is what <c>Main</c> and the tests call.</summary>
internal static class CliApp
{
    // Every verb by its name, built on demand: a command line naming a verb builds only that one, so a run loads and
    // initialises only the assemblies and options it uses (start-up, docs/performance.md); anything else (help, a
    // typo, no verb) builds them all, for the root's help and suggestions. Order is the help's order.
    private static readonly (string Name, Func<Command> Create)[] Verbs =
    [
        ("parse", ParseCommand.Create),
        ("check", CheckCommand.Create),
        ("dump", DumpCommand.Create),
        ("import", ImportCommand.Create),
        ("units", UnitsCommand.Create),
        ("rollup", RollupCommand.Create),
        ("compare", CompareCommand.Create),
        ("audit", AuditCommand.Create),
        ("export", ExportCommand.Create),
        ("versions", VersionsCommand.Create),
        ("new", NewCommand.Create),
        ("render", RenderCommand.Create),
        ("deadline", DeadlineCommand.Create),
        ("calendar", CalendarCommand.Create),
        ("cases", CasesCommand.Create),
    ];

    /// <summary>The root command with every verb.</summary>
    public static RootCommand CreateRootCommand() => CreateRootCommand(null);

    /// <summary>The root command with only <paramref name="verb"/> when it names one, else with every verb.</summary>
    public static RootCommand CreateRootCommand(string? verb)
    {
        var root = new RootCommand("公开（Gongkai）：政府信息公开工作年度报告的解析、核对与评测工具。");
        var only = Names(verb) ? verb : null;
        foreach (var (name, create) in Verbs)
        {
            if (only is null || name == only)
            {
                root.Subcommands.Add(create());
            }
        }

        root.Options.Add(GlobalOptions.Verbose);
        foreach (var option in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            option.Description = "显示帮助和用法信息";
        }

        return root;
    }

    // A loop, not Verbs.Any(…): LINQ over the tuples would be compiled at start-up (ReadyToRun cannot precompile generic
    // code over value types; docs/performance.md).
    private static bool Names(string? verb)
    {
        foreach (var (name, _) in Verbs)
        {
            if (name == verb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = CreateRootCommand(VerbOf(args)).Parse(args);
        var verbose = Verbose(parsed);
        var problems = ParseErrors.Describe(parsed);
        if (problems.Count > 0)
        {
            foreach (var (message, detail) in problems)
            {
                FailureFormatter.Write(error, $"命令行错误：{message}", detail, verbose);
            }

            error.WriteLine($"用法见 gongkai {ParseErrors.CommandPath(parsed.CommandResult)}--help。");
            return ExitCodes.BadUsage;
        }

        if (parsed.Action is System.CommandLine.Help.HelpAction)
        {
            var help = new StringWriter();
            var exit = parsed.Invoke(new InvocationConfiguration { Output = help, Error = error });
            output.Write(ChineseHelp.Translate(help.ToString()));
            return exit;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The catch-all edge (docs/architecture.md, "Errors"): a bug, reported without a stack trace; the
            // exception's own (English) text only with --verbose.
            FailureFormatter.Write(error, "内部错误：本工具出现了意外故障。这是本工具的缺陷，请加 --verbose 重新运行，把输出连同输入文件一起报告。", ex, verbose);
            return ExitCodes.UnusableInput;
        }
    }

    // The first argument that is not the global option (`gongkai -v parse …` as well as `gongkai parse …`).
    private static string? VerbOf(string[] args) => args.FirstOrDefault(a => a is not ("-v" or "--verbose"));

    // --verbose as given, even on a command line with errors elsewhere.
    private static bool Verbose(ParseResult parsed)
    {
        try
        {
            return parsed.GetResult(GlobalOptions.Verbose) is { } result && result.GetValueOrDefault<bool>();
        }
        catch (InvalidOperationException)
        {
            return true; // "--verbose banana": the user asked for detail
        }
    }
}
