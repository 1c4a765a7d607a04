using Gongkai.Application;
using Gongkai.Testing;
using Gongkai.Testing.Fuzzing;

namespace Gongkai.Cli.Tests;

/// <summary>
/// <c>--timeout</c> and the batch moving on past a file that does not read in time (issue #10: one page held an import
/// at 34/37 for minutes and its failure list was never printed). The slow file is a 300-page PDF within every content
/// limit, which takes seconds; the budget is 1 s. The sample is parsed once first, so that the code is compiled
/// before the timed run: a cold first parse on a loaded machine can itself take a good part of a second.
/// </summary>
public sealed class ReadTimeoutOptionTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-timeout-cli-").FullName;

    public ReadTimeoutOptionTests()
    {
        File.WriteAllBytes(Slow, HostileInputs.PdfManyPages(300, 3_000));
        File.Copy(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"), Sample);
        Assert.Equal(ExitCodes.Ok, Run("parse", Sample).Exit);
    }

    private string Slow => Path.Combine(_temp, "a-慢.pdf");

    private string Sample => Path.Combine(_temp, "b-样例.txt");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public void Check_reports_a_file_past_the_timeout_as_unreadable_and_goes_on_to_the_next()
    {
        var (exit, output, _) = Run("check", "--timeout", "1", Slow, Sample);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains($"{Slow}：读取超时（超过 1 秒），已跳过。", output, StringComparison.Ordinal);
        Assert.Contains(Sample, output, StringComparison.Ordinal);
        Assert.Contains("共 2 个文件", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_lists_a_file_past_the_timeout_among_its_failures()
    {
        var (exit, output, error) = Run("import", _temp, "--timeout", "1", "--jobs", "1", "--db", Path.Combine(_temp, "store.db"));

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("新增报告 1 份", output, StringComparison.Ordinal);
        Assert.Contains("未能导入", error, StringComparison.Ordinal);
        Assert.Contains($"✗ {Slow}：读取超时（超过 1 秒），已跳过。", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    public void Refuses_a_timeout_that_is_not_a_positive_number_of_seconds(string value)
    {
        var (exit, _, error) = Run("check", "--timeout", value, Sample);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("--timeout", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
