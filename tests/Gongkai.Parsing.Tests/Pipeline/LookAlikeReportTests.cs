using System.Text;
using Gongkai.Core.Comparison;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Parsing.Tests.Pipeline;

/// <summary>Every sample, its title, headings, labels and digits written with look-alike code points (issue #13, class 1), still parses to its truth.</summary>
public sealed class LookAlikeReportTests
{
    public static TheoryData<string> Samples() => [.. SamplesFolder.ReportFiles().Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parses_a_disguised_sample_to_its_truth_and_says_so(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SamplesFolder.Path, name));
        var encoding = Encoding(bytes);
        var printed = encoding.GetString(bytes);
        var disguised = LookAlikes.Disguise(printed);
        Assert.True(LookAlikes.HasRadical(disguised));
        var truthFile = Path.Combine(SamplesFolder.Path, "expected", Path.ChangeExtension(name, ".json"));
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);

        var clean = ReportParser.Default.Parse(bytes, name).Report!;
        var result = ReportParser.Default.Parse(encoding.GetBytes(disguised), name);

        Assert.True(result.Succeeded, result.Failure);
        var report = result.Report;
        var wrong = ReportComparer.Compare(truth, report).Where(c => !c.IsMatch).Select(c => $"{c.Path}: expected {c.Expected}, parsed {c.Actual}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal(clean.Sections.Select(s => s.Text), report.Sections.Select(s => s.Text));
        var note = Assert.Single(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.LookAlikeCodePoints);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("康熙部首或兼容汉字码位", note.Message, StringComparison.Ordinal);
        Assert.Equal(clean.ReadingDiagnostics.Select(d => d.Code), report.ReadingDiagnostics.Where(d => d != note).Select(d => d.Code));
        // The values are read from the folded text; raw keeps the file's full-width digits.
        var numbers = new[] { report.Proactive, report.Requests, report.Appeals }.OfType<ReportTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.State == CellState.Number).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, c => Assert.DoesNotMatch("[0-9]", c.Raw));
    }

    // The samples are UTF-8 (with or without a BOM) or GB18030, where the radicals take four bytes: written back the same way.
    private static Encoding Encoding(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return new UTF8Encoding(false); // a BOM is decoded as U+FEFF and written back
        }
        catch (DecoderFallbackException)
        {
            System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return System.Text.Encoding.GetEncoding("GB18030");
        }
    }
}
