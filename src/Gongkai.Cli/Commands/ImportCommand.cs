using System.CommandLine;
using Gongkai.Cli.Formatting;
using Gongkai.Store.Importing;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai import FILE|DIR...</c>: parses and stores many reports, resumably, listing failures at the end.</summary>
/// <remarks>Exit code 0 when every file was stored or already there, 1 when some could not be read, 4 when the store cannot be opened.</remarks>
internal static class ImportCommand
{
    private static readonly Argument<string[]> Inputs = InputArguments.Create("报告文件或目录（含子目录）");
    private static readonly Option<string?> Db = StoreOptions.Database();

    private static readonly Option<string?> Registry = new("--registry")
    {
        Description = "先导入单位名录 CSV（code,name,level,region,parent,aliases），再导入报告",
    };

    private static readonly Option<int?> Jobs = new("--jobs", "-j") { Description = "并行解析的线程数，默认为 CPU 核数" };

    private static readonly Option<double?> Timeout = ReadTimeoutOption.Create();

    public static Command Create()
    {
        var command = new Command("import", "导入报告到数据库：并行解析、逐份事务写入；中断后重新运行即可续传，已导入的文件自动跳过") { Inputs, Db, Registry, Jobs, Timeout };
        command.SetAction((result, cancellation) => Task.FromResult(Run(
            result.GetValue(Inputs) ?? [], result.GetValue(Db), result.GetValue(Registry), result.GetValue(Jobs), ReadTimeoutOption.Value(result.GetValue(Timeout)),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellation)));
        return command;
    }

    private static int Run(string[] inputs, string? db, string? registry, int? jobs, TimeSpan? readTimeout, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (jobs is < 1)
        {
            error.WriteLine("--jobs 必须是正整数。");
            return ExitCodes.BadUsage;
        }

        var files = InputFiles.Expand(inputs, recursive: true);
        if (files.Count == 0)
        {
            error.WriteLine("没有找到要导入的文件。");
            return ExitCodes.UnusableInput;
        }

        using var store = StoreOptions.Open(db, error);
        if (store is null)
        {
            return ExitCodes.StoreUnavailable;
        }

        if (registry is not null && UnitsCommand.ImportRegistry(store, registry, output, error) != ExitCodes.Ok)
        {
            return ExitCodes.UnusableInput;
        }

        output.WriteLine($"导入 {files.Count} 个文件到 {store.Location.Display}");
        var importer = new ReportImporter(store, ReportPipelines.WithReadTimeout(readTimeout), jobs);
        var summary = ImportProgressView.Run(output, progress => importer.Import(files, progress, cancellation));
        ImportSummaryFormatter.Write(output, summary, store.Matcher().IsEmpty);
        return summary.Failures.Count > 0 || summary.Cancelled ? ExitCodes.UnusableInput : ExitCodes.Ok;
    }
}
