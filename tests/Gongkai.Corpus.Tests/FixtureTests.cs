using Gongkai.Application.Sources;
using Gongkai.Corpus.Tests.Support;
using Gongkai.Eval;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;
using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>Our generated fixtures in every native format (tests/fixtures, made by tools/Gongkai.Fixtures) read exactly.</summary>
public sealed class FixtureTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryRoot.Path, "tests", "fixtures");
    private static readonly LibreOfficeInstall Installed = LibreOfficeInstall.Detected;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var (raw, _) in CorpusEvaluator.Pairs(Fixtures))
        {
            data.Add(Path.GetFileName(raw));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_parses_to_its_truth(string name)
    {
        // Where the LibreOffice application a legacy file needs is missing (a developer machine without it; the
        // README's test command installs it), the refusal must name what to install, never call the file damaged.
        var needed = Path.GetExtension(name) switch
        {
            ".doc" or ".wps" => Installed.HasWriter ? null : Installed.Soffice is null ? "LibreOffice" : "LibreOffice Writer",
            ".xls" => Installed.HasCalc ? null : Installed.Soffice is null ? "LibreOffice" : "LibreOffice Calc",
            _ => null,
        };
        if (needed is not null && !TestTools.Required)
        {
            AssertNeedsLibreOffice(Path.Combine(Fixtures, "raw", name), needed);
            return;
        }

        Golden.AssertParsesToTruth(Path.Combine(Fixtures, "raw", name), Path.Combine(Fixtures, "truth", Path.GetFileNameWithoutExtension(name) + ".json"));
    }

    [Fact]
    public void Fixtures_cover_every_native_format()
    {
        var extensions = CorpusEvaluator.Pairs(Fixtures).Select(p => Path.GetExtension(p.Raw)).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>([".docx", ".pdf", ".html", ".doc"], StringComparer.Ordinal), extensions);
    }

    [Fact]
    public void A_table_published_as_a_picture_is_named_as_needing_ocr()
    {
        var result = ReportPipelines.Full.ParseFile(Path.Combine(Fixtures, "raw", "s03-pdf-2021-government-picture.html"));

        Assert.Contains(result.Report!.ReadingDiagnostics, d => d.Code == "GK1008" && d.Message.Contains("OCR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("scanned.pdf", "OCR")]
    [InlineData("encrypted.pdf", "加密")]
    public void Unreadable_pdfs_are_refused_with_the_reason(string name, string reason)
    {
        var result = ReportPipelines.Full.ParseFile(Path.Combine(Fixtures, "bad", name));

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Failure, StringComparison.Ordinal);
        Assert.Contains(name, result.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s02-docx-2019-errors-legacy.xls", "LibreOffice Calc")]
    [InlineData("s06-md-2019-clean-legacy.doc", "LibreOffice Writer")]
    public void A_legacy_file_whose_libreoffice_application_is_missing_names_the_package_to_install(string name, string application)
    {
        var writerOnly = new LibreOfficeInstall("/usr/bin/soffice", HasWriter: application != "LibreOffice Writer", HasCalc: application != "LibreOffice Calc");
        var pipeline = new ReportPipelineBuilder().UseLegacyOffice(writerOnly).Build();

        var result = pipeline.ParseFile(Path.Combine(Fixtures, "raw", name));

        Assert.False(result.Succeeded);
        Assert.Contains($"需要安装 {application}", result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain("损坏", result.Failure, StringComparison.Ordinal);
    }

    private static void AssertNeedsLibreOffice(string file, string application)
    {
        var result = ReportPipelines.Full.ParseFile(file);
        Assert.False(result.Succeeded);
        Assert.Contains($"需要安装 {application}", result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain("损坏", result.Failure, StringComparison.Ordinal);
    }
}
