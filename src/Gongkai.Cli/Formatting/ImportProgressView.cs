using System.Globalization;
using Gongkai.Application.Importing;
using Spectre.Console;

namespace Gongkai.Cli.Formatting;

/// <summary>Shows an import's progress on stderr: a Spectre.Console bar on a terminal, a line every ten per cent otherwise (logs, CI).</summary>
internal static class ImportProgressView
{
    public static T Run<T>(TextWriter output, Func<IProgress<ImportProgress>, T> import)
    {
        if (ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            if (console.Profile.Capabilities.Interactive)
            {
                return Bar(console, import);
            }
        }

        var nextTenth = 1;
        return import(new SynchronousProgress<ImportProgress>(p =>
        {
            if (p.Total > 0 && p.Done * 10 >= nextTenth * p.Total)
            {
                output.WriteLine(Describe(p));
                nextTenth = p.Done * 10 / p.Total + 1;
            }
        }));
    }

    private static T Bar<T>(IAnsiConsole console, Func<IProgress<ImportProgress>, T> import) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("导入", maxValue: 1);
                return import(new SynchronousProgress<ImportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(Describe(p));
                }));
            });

    public static string Describe(ImportProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"{p.Done}/{p.Total} 个文件 · 每秒 {p.Rate:F0} 份 · 新增 {p.Stored} · 跳过 {p.Skipped} · 失败 {p.Failed} · 有错误的报告 {p.WithErrors}");
}
