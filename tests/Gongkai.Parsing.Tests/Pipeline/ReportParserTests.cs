using Gongkai.Core.Diagnostics;
using Gongkai.Core.Rules;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Pipeline;

public sealed class ReportParserTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gongkai-parser-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void AssertFailsNaming(ParseResult result, string file)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Report);
        Assert.NotNull(result.Failure);
        Assert.Contains(file, result.Failure, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Failure);
    }

    [Fact]
    public void Parses_report_text()
    {
        var result = ReportParser.ParseText(Reports.Docx2019, "wutong.txt");

        Assert.True(result.Succeeded);
        Assert.Null(result.Failure);
        Assert.Equal("wutong.txt", result.File);
        Assert.Equal("梧桐市档案局", result.Report.Agency);
    }

    [Fact]
    public void Reads_a_report_or_nothing()
    {
        Assert.NotNull(ReportParser.Read(Reports.Pdf2021));
        Assert.Null(ReportParser.Read("今天天气很好，我们去公园散步。"));
    }

    [Fact]
    public void Parses_a_report_file_from_disk()
    {
        var path = Path.Combine(_directory, "棠梨县水务局.txt");
        File.WriteAllText(path, Reports.Pdf2021);

        var result = ReportParser.ParseFile(path);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(path, result.Report.Input?.File);
        Assert.Equal(2021, result.Report.Year);
    }

    [Fact]
    public void Reads_truncated_report_text_as_an_incomplete_report_with_errors()
    {
        var cut = Reports.Pdf2021[..Reports.Pdf2021.IndexOf("2．其他法律行政法规禁止公开", StringComparison.Ordinal)];

        var result = ReportParser.ParseText(cut, "cut.txt");

        Assert.True(result.Succeeded, result.Failure);
        Assert.True(result.Report.Requests?.Incomplete);
        Assert.Null(result.Report.Appeals);
        Assert.Contains(ReportChecker.Default.Check(result.Report), d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.RowsMissing);
    }

    [Fact]
    public void Fails_on_a_missing_path_naming_it()
    {
        var path = Path.Combine(_directory, "不存在的报告.txt");

        AssertFailsNaming(ReportParser.ParseFile(path), path);
    }

    [Fact]
    public void Fails_on_a_directory_path_naming_it()
    {
        var result = ReportParser.ParseFile(_directory);

        AssertFailsNaming(result, _directory);
        Assert.Contains("目录", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_a_file_over_the_size_limit_without_reading_it()
    {
        var path = Path.Combine(_directory, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(ReaderLimits.Default.MaxFileBytes + 2L * 1024 * 1024); // sparse: nothing is written
        }

        var result = ReportParser.ParseFile(path);

        AssertFailsNaming(result, path);
        Assert.Contains("过大", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_an_empty_file_on_disk()
    {
        var path = Path.Combine(_directory, "empty.txt");
        File.WriteAllBytes(path, []);

        AssertFailsNaming(ReportParser.ParseFile(path), path);
    }

    [Fact]
    public void Refuses_a_null_text()
    {
        Assert.Throws<ArgumentNullException>(() => ReportParser.ParseText(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("报告\0.txt")]
    public void Fails_on_an_invalid_path_without_throwing(string path)
    {
        var result = ReportParser.ParseFile(path);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Failure);
    }
}
