using System.Text;
using System.Text.Json;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;
using Gongkai.Synthetic.Tests.Support;

namespace Gongkai.Synthetic.Tests;

public sealed class ProvinceFilesTests : IDisposable
{
    // As src/Gongkai.Application/Sources/ReportPipelines.cs builds it.
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseHtml().UseDocx().UsePdf().UseLegacyOffice().Build();

    private readonly string _directory = Directory.CreateTempSubdirectory("gongkai-synthetic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Registry_round_trips_through_a_csv_parser()
    {
        var province = SyntheticProvince.Create(units: 200, years: 1);
        using var writer = new StringWriter();
        ProvinceFiles.WriteRegistry(province.Units, writer);

        var rows = SimpleCsv.Parse(writer.ToString());
        Assert.Equal(["code", "name", "level", "region", "parent", "aliases"], rows[0]);
        Assert.Equal(province.Units.Count, rows.Count - 1);
        foreach (var (unit, row) in province.Units.Zip(rows.Skip(1)))
        {
            var aliases = row[5].Length == 0 ? [] : row[5].Split(';');
            Assert.Equal(unit, new SyntheticUnit(row[0], row[1], row[2], row[3], row[4].Length == 0 ? null : row[4], aliases, unit.IsSummary), UnitComparer.Instance);
        }

        Assert.Equal("JN-DS-XH,东山市西湖区人民政府,县区,江南省/东山市/西湖区,JN-DS,西湖区人民政府;西湖区政府", string.Join(',', rows.Single(r => r[0] == "JN-DS-XH")));
    }

    [Fact]
    public void Writes_the_registry_with_a_bom_the_manifest_and_one_file_per_report()
    {
        var province = SyntheticProvince.Create(units: 60, firstYear: 2020, years: 2, flawRate: 0.3);

        var count = ProvinceFiles.Write(province, _directory);

        var files = Directory.GetFiles(Path.Combine(_directory, "reports"), "*", SearchOption.AllDirectories);
        Assert.Equal(province.Reports().Count(), count);
        Assert.Equal(count, files.Length);
        Assert.Contains(files, f => f.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".v2.html", StringComparison.Ordinal) || f.EndsWith(".v2.docx", StringComparison.Ordinal));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(_directory, "registry.csv"))[..3]);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_directory, "flaws.json")));
        Assert.Equal(province.Flaws.Count, manifest.RootElement.GetArrayLength());
        Assert.Equal(province.Flaws[0].Kind.ToString(), manifest.RootElement[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Generated_files_parse_back_to_the_same_canonical_report()
    {
        var province = SyntheticProvince.Create(seed: 3, units: 100, firstYear: 2019, years: 4);
        ProvinceFiles.Write(province, _directory);

        // Ten of each format in each edition (2019 format: 2019–2020; 2021 format: 2021–2022), flawed ones included.
        var chosen = province.Reports()
            .GroupBy(r => (Docx: ProvinceFiles.RelativePath(r).EndsWith(".docx", StringComparison.Ordinal), r.Report.Template))
            .Select(g => g.ToList())
            .SelectMany(g => Enumerable.Range(0, 10).Select(i => g[i * g.Count / 10]))
            .ToList();
        Assert.Equal(40, chosen.Count);
        var differences = new List<string>();
        foreach (var item in chosen)
        {
            var path = ProvinceFiles.RelativePath(item);
            var parsed = Pipeline.ParseFile(Path.Combine(_directory, path));
            Assert.True(parsed.Succeeded, parsed.Failure);
            Assert.Equal((item.Report.Agency, item.Report.Year, item.Report.Template), (parsed.Report.Agency, parsed.Report.Year, parsed.Report.Template));
            var expected = ReportJsonWriter.Write(item.Report, options: ReportJsonOptions.CanonicalOnly);
            var actual = ReportJsonWriter.Write(parsed.Report, options: ReportJsonOptions.CanonicalOnly);
            if (expected != actual)
            {
                differences.Add($"{path}:\n{FirstDifference(expected, actual)}");
            }
        }

        Assert.Empty(differences);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                return new StringBuilder().Append("  expected: ").Append(e[i].Trim()).Append("\n  actual:   ").Append(a[i].Trim()).ToString();
            }
        }

        return "lengths differ";
    }

    private sealed class UnitComparer : IEqualityComparer<SyntheticUnit>
    {
        public static UnitComparer Instance { get; } = new();

        public bool Equals(SyntheticUnit? x, SyntheticUnit? y) =>
            x is not null && y is not null && (x.Code, x.Name, x.Level, x.Region, x.ParentCode) == (y.Code, y.Name, y.Level, y.Region, y.ParentCode) && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(SyntheticUnit obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
