using System.Text.Json.Nodes;
using Gongkai.Core.Serialization;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Serialization;

public sealed class ReportJsonRoundTripTests
{
    private static readonly string[] CanonicalKeys = ["schema", "agency", "year", "template", "publishedOn", "proactive", "requests", "appeals"];

    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Samples, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Specs, "base-*.json").Order(StringComparer.Ordinal))
        {
            data.Add("../../tests/specs/" + Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Canonical_keys_survive_a_read_and_write(string name)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "expected", name));

        var written = ReportJsonWriter.Write(ReportJsonReader.Read(original), options: ReportJsonOptions.CanonicalOnly);

        var expected = Canonical(JsonNode.Parse(original)!.AsObject());
        var actual = JsonNode.Parse(written)!.AsObject();
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");
        Assert.Equal(CanonicalKeys, actual.Select(p => p.Key));
    }

    [Fact]
    public void Writes_money_without_trailing_zeros_and_counts_as_integers()
    {
        var json = """{"schema":"gongkai/annual-report@1","agency":"甲","year":2020,"template":"2019","publishedOn":null,"proactive":{"procurement":{"projects":3,"amount":107.20}},"requests":null,"appeals":null}""";

        var written = ReportJsonWriter.Write(ReportJsonReader.Read(json), options: ReportJsonOptions.CanonicalOnly with { Indented = false });

        Assert.Contains("\"procurement\":{\"projects\":3,\"amount\":107.2}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_blank_cells_as_null_and_the_incomplete_flag()
    {
        var json = """{"schema":"gongkai/annual-report@1","agency":"甲","year":2020,"template":"2019","publishedOn":null,"proactive":null,"requests":{"columns":["naturalPerson","commercial","research","publicInterest","legalService","other","total"],"rows":{"newReceived":[0,null,null,null,null,null,null]},"incomplete":true},"appeals":null}""";

        var report = ReportJsonReader.Read(json);
        var written = JsonNode.Parse(ReportJsonWriter.Write(report, options: ReportJsonOptions.CanonicalOnly))!;

        Assert.True(report.Requests!.Incomplete);
        Assert.True(report.Requests.CellAt("newReceived", "commercial")!.IsBlank);
        Assert.Equal(0m, report.Requests.ValueAt("newReceived", "naturalPerson"));
        Assert.True(written["requests"]!["incomplete"]!.GetValue<bool>());
        Assert.Null(written["requests"]!["rows"]!["newReceived"]![1]);
    }

    [Fact]
    public void Keeps_inferred_and_ambiguous_cells_through_a_write_and_read()
    {
        var json = """
            {"schema":"gongkai/annual-report@1","agency":"甲","year":2022,"template":"2021","publishedOn":null,
             "proactive":{"normativeDocuments":{"issued":2,"repealed":null,"inForce":9}},
             "requests":{"columns":["naturalPerson","commercial","research","publicInterest","legalService","other","total"],"rows":{"newReceived":[2,0,0,0,0,0,2]}},
             "appeals":null,
             "inferred":{"requests.newReceived.commercial":{"rule":"repeats-dropped","reason":"原文连续相同的数值只保留一个；按本行总计＝各申请人列之和展开"}},
             "ambiguous":{"proactive.normativeDocuments.repealed":{"rule":"repeats-dropped","reason":"原文连续相同的数值只保留一个；本行没有可核对的合计","candidates":[9,2]}}}
            """;

        var report = ReportJsonReader.Read(ReportJsonWriter.Write(ReportJsonReader.Read(json)));
        var canonical = JsonNode.Parse(ReportJsonWriter.Write(report, options: ReportJsonOptions.CanonicalOnly))!.AsObject();

        var inferred = report.Requests!.CellAt("newReceived", "commercial")!.Inference!;
        Assert.Equal(("repeats-dropped", "原文连续相同的数值只保留一个；按本行总计＝各申请人列之和展开"), (inferred.Rule, inferred.Reason));
        Assert.False(inferred.IsAmbiguous);
        Assert.Null(report.Requests.CellAt("newReceived", "naturalPerson")!.Inference);
        var ambiguous = report.Proactive!.CellAt("normativeDocuments", "repealed")!;
        Assert.True(ambiguous.IsBlank);
        Assert.Equal([9m, 2m], ambiguous.Inference!.Candidates);
        Assert.Equal(CanonicalKeys, canonical.Select(p => p.Key));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"schema":"other@1"}""")]
    [InlineData("""{"schema":"gongkai/annual-report@1","requests":{"rows":{"newReceived":["三"]}}}""")]
    [InlineData("""{"schema":"gongkai/annual-report@1","publishedOn":"2021-13-45"}""")]
    public void Rejects_json_that_is_not_a_report_with_a_chinese_message(string json)
    {
        var error = Assert.Throws<ReportJsonException>(() => ReportJsonReader.Read(json));

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
    }

    private static JsonObject Canonical(JsonObject source)
    {
        var result = new JsonObject();
        foreach (var key in CanonicalKeys)
        {
            result[key] = source[key]?.DeepClone();
        }

        return result;
    }
}
