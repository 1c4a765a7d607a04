using System.CommandLine;
using Gongkai.Cli.Commands;

namespace Gongkai.Cli;

/// <summary>The root command and its verbs; <see cref="Run"/> is what <c>Main</c> and the tests call.</summary>
internal static class CliApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("公开（Gongkai）：政府信息公开工作年度报告的解析、核对与评测工具。");
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(DumpCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(UnitsCommand.Create());
        root.Subcommands.Add(RollupCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(VersionsCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        foreach (var option in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            option.Description = "显示帮助和用法信息";
        }

        return root;
    }

    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = CreateRootCommand().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"命令行错误：{problem.Message.TrimEnd('.', ' ')}");
            }

            error.WriteLine("用法见 gongkai --help。");
            return ExitCodes.BadUsage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The catch-all edge (docs/architecture.md, "Errors"): a bug, reported without a stack trace.
            error.WriteLine($"内部错误：{ex.GetType().Name}：{ex.Message}");
            error.WriteLine("这是本工具的缺陷，请连同输入文件一起报告。");
            return ExitCodes.UnusableInput;
        }
    }
}
