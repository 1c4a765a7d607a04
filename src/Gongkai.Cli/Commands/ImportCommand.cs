using System.CommandLine;
using System.Data.Common;
using Gongkai.Application;
using Gongkai.Application.Importing;
using Gongkai.Cli.Formatting;
using Gongkai.Store.Database;

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

    private static readonly Option<int?> Jobs = JobsOption.Create();

    private static readonly Option<bool> NoRecursive = InputArguments.NoRecursive();

    private static readonly Option<double?> Timeout = ReadTimeoutOption.Create();

    private static readonly Option<bool> MakeCurrent = new("--make-current")
    {
        Description = "把这些文件对应的版本设为当前版本（包括以前导入过的文件和与较早版本内容相同的文件）；不加此项时，旧内容不会取代较新的当前版本",
    };

    public static Command Create()
    {
        var command = new Command("import", "导入报告到数据库：并行解析、成批事务写入（每份报告一个保存点）；中断后重新运行即可续传，已导入的文件自动跳过") { Inputs, Db, Registry, Jobs, NoRecursive, MakeCurrent, Timeout };
        command.SetAction((result, cancellation) => Task.FromResult(Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellation)));
        return command;
    }

    // The summary of what was stored goes to stdout; progress, skipped files and failures to stderr.
    private static int Run(ParseResult result, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var jobs = result.GetValue(Jobs);
        var verbose = result.IsVerbose();
        var (files, skipped) = InputFiles.Expand(result.GetValue(Inputs) ?? [], recursive: !result.GetValue(NoRecursive));
        SkippedFilesFormatter.Write(error, skipped, verbose);
        if (files.Count == 0)
        {
            error.WriteLine("没有找到要导入的文件。");
            return ExitCodes.UnusableInput;
        }

        using var store = StoreOptions.Open(result.GetValue(Db), error, verbose);
        if (store is null || StoreOptions.RefuseReadOnly(store, error))
        {
            return ExitCodes.StoreUnavailable;
        }

        try
        {
            if (result.GetValue(Registry) is { } registry && UnitsCommand.ImportRegistry(store, registry, output, error) != ExitCodes.Ok)
            {
                return ExitCodes.UnusableInput;
            }
        }
        catch (DbException ex)
        {
            FailureFormatter.Write(error, $"数据库 {store.Location.Display} 操作失败：{StoreErrors.Describe(ex)}。", ex, verbose);
            return ExitCodes.StoreUnavailable;
        }

        error.WriteLine($"导入 {files.Count} 个文件到 {store.Location.Display}");
        var options = new ImportOptions
        {
            Files = files,
            Jobs = jobs,
            MakeCurrent = result.GetValue(MakeCurrent),
            ReadTimeout = ReadTimeoutOption.Value(result.GetValue(Timeout)),
        };
        var imported = ImportProgressView.Run(error, progress => ImportReports.Run(store, options, progress, cancellation));
        if (imported.Failure is { } failure)
        {
            FailureFormatter.Write(error, failure, verbose);
            return ExitCodes.Of(failure.Kind);
        }

        var summary = imported.Summary!;
        ImportSummaryFormatter.Write(output, error, summary, store.Matcher().IsEmpty, verbose);
        return summary.Failures.Count > 0 || summary.Cancelled ? ExitCodes.UnusableInput : ExitCodes.Ok;
    }
}
