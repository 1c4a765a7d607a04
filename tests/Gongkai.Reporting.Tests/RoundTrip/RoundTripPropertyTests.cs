using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Rules;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>
/// Issue #5's property: random valid reports of both editions, written in every format with varied label text and
/// section text, parse back to the same canonical JSON.
/// </summary>
/// <remarks>
/// Reproduce a failure with the seed and case it names: <c>GONGKAI_ROUNDTRIP_SEED</c> runs another seed,
/// <c>GONGKAI_ROUNDTRIP_CASE</c> only one case, <c>GONGKAI_ROUNDTRIP_CASES</c> another number of cases, and
/// <c>GONGKAI_ROUNDTRIP_DUMP</c> names a folder where each failing file is written with its expected and actual JSON.
/// </remarks>
public sealed class RoundTripPropertyTests
{
    private const int DefaultSeed = 5_2025;
    private const int DefaultCases = 2000;
    private const int MaxListed = 25;

    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseHtml().UseDocx().UseXlsx().Build();

    [Fact]
    public void Random_valid_reports_parse_back_from_every_format_to_the_same_json()
    {
        var seed = Setting("GONGKAI_ROUNDTRIP_SEED") ?? DefaultSeed;
        var only = Setting("GONGKAI_ROUNDTRIP_CASE");
        var cases = only is { } one ? [one] : Enumerable.Range(0, Setting("GONGKAI_ROUNDTRIP_CASES") ?? DefaultCases).ToArray();
        var failures = new ConcurrentBag<Failure>();
        var checkedFiles = 0;

        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            foreach (var failure in Check(seed, index))
            {
                failures.Add(failure);
            }

            Interlocked.Add(ref checkedFiles, RoundTripFormat.All.Count);
        });

        if (!failures.IsEmpty)
        {
            Assert.Fail(Summary(seed, cases.Length, checkedFiles, failures));
        }
    }

    private static IEnumerable<Failure> Check(int seed, int index)
    {
        var report = RandomReports.Create(seed, index);
        var errors = ReportChecker.Default.Check(report).Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            yield return new Failure(seed, index, "generator", $"invalid report: {string.Join("; ", errors.Select(e => $"{e.Code} {e.Message}"))}");
            yield break;
        }

        var expected = ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly);
        var random = CaseRandom.For(seed, index, stream: 2);
        var document = ReportDocument.From(report);
        document = LabelVariants.Apply(document, random);
        document = TitleNotation.Apply(document, report.Agency!, report.Year!.Value, random);
        document = OpeningNotation.Apply(document, report.Agency!, report.Year!.Value, random);
        document = DateNotation.Apply(document, report.PublishedOn, random);
        foreach (var format in RoundTripFormat.All)
        {
            var file = string.Create(CultureInfo.InvariantCulture, $"roundtrip-{seed}-{index}{format.Extension}");
            var bytes = format.Write(document);
            var parsed = Pipeline.Parse(bytes, file);
            var actual = parsed.Report is { } read ? ReportJsonWriter.Write(read, null, ReportJsonOptions.CanonicalOnly) : null;
            var difference = actual is null ? $"not read: {parsed.Failure}" : JsonDifference.First(expected, actual) ?? SectionDifference(document, parsed.Report!);
            if (difference is not null)
            {
                Dump(file, bytes, expected, actual);
                yield return new Failure(seed, index, format.Name, difference);
            }
        }
    }

    // Beyond the canonical JSON: every section comes back under its printed heading with its paragraphs, so that a
    // parsed report renders again without losing or gaining text.
    private static string? SectionDifference(ReportDocument document, Gongkai.Core.Model.AnnualReport read)
    {
        foreach (var part in document.Parts)
        {
            var section = read.Sections.FirstOrDefault(s => s.Heading == part.Heading);
            var text = string.Join("\n", part.Paragraphs);
            if (section is null || section.Text != text)
            {
                return $"section {part.Heading}: expected [{text}], got [{section?.Text ?? "(none)"}]";
            }
        }

        return null;
    }

    private static string Summary(int seed, int cases, int files, IReadOnlyCollection<Failure> failures)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{failures.Count} of {files} files ({cases} reports, seed {seed}) did not parse back to the same JSON and section texts");
        text.Append(CultureInfo.InvariantCulture, $" [{string.Join(", ", failures.GroupBy(f => f.Format).Select(g => $"{g.Key}: {g.Count()}"))}]:\n");
        foreach (var failure in failures.OrderBy(f => f.Index).ThenBy(f => f.Format, StringComparer.Ordinal).Take(MaxListed))
        {
            text.Append(CultureInfo.InvariantCulture, $"  seed {failure.Seed} case {failure.Index} {failure.Format}: {failure.Difference}\n");
        }

        var first = failures.MinBy(f => f.Index)!;
        return text.Append(CultureInfo.InvariantCulture, $"Rerun one case with GONGKAI_ROUNDTRIP_SEED={first.Seed} GONGKAI_ROUNDTRIP_CASE={first.Index} (GONGKAI_ROUNDTRIP_DUMP=<folder> writes the files).").ToString();
    }

    private static void Dump(string file, byte[] bytes, string expected, string? actual)
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_ROUNDTRIP_DUMP") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, file), bytes);
        File.WriteAllText(Path.Combine(folder, file + ".expected.json"), expected);
        File.WriteAllText(Path.Combine(folder, file + ".actual.json"), actual ?? "null");
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed record Failure(int Seed, int Index, string Format, string Difference);
}
