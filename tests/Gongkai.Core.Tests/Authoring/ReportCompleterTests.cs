using System.Text.Json.Nodes;
using Gongkai.Core.Authoring;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Core.Serialization;
using Gongkai.Core.Templates;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Authoring;

public sealed class ReportCompleterTests
{
    private static JsonNode Base(string template) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Specs, $"base-{template}.json")))!;

    private static AnnualReport Read(JsonNode node) => ReportJsonReader.Read(node.ToJsonString());

    // Blanks every total the format defines: 三's 总计 column and (七) row, 四's group totals.
    private static JsonNode WithoutTotals(string template)
    {
        var node = Base(template);
        var rows = node["requests"]!["rows"]!.AsObject();
        foreach (var (key, value) in rows.ToList())
        {
            var cells = value!.AsArray();
            cells[^1] = null;
            if (key == "total")
            {
                for (var i = 0; i < cells.Count; i++)
                {
                    cells[i] = null;
                }
            }
        }

        foreach (var (_, group) in node["appeals"]!.AsObject())
        {
            group!["total"] = null;
        }

        return node;
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Blank_totals_are_computed_to_the_printed_ones(string template)
    {
        var expected = Read(Base(template));

        var (completed, computed) = ReportCompleter.Complete(Read(WithoutTotals(template)));

        Assert.Equal(ReportJsonWriter.Write(expected, null, ReportJsonOptions.CanonicalOnly), ReportJsonWriter.Write(completed, null, ReportJsonOptions.CanonicalOnly));
        Assert.Equal(RequestsTemplate.For(expected.Template!.Value).Rows.Count + 6 + 3, computed.Count);
        Assert.DoesNotContain(ReportValidator.Default.Validate(completed), d => d.Severity == Diagnostics.Severity.Error);
    }

    [Fact]
    public void A_total_the_staff_typed_is_kept_even_when_wrong()
    {
        var node = Base("2021");
        node["appeals"]!["reconsideration"]!["total"] = 99;

        var (completed, computed) = ReportCompleter.Complete(Read(node));

        Assert.Equal(99, completed.Appeals!.ValueAt("reconsideration", "total"));
        Assert.Empty(computed);
    }

    [Fact]
    public void A_total_with_a_blank_part_stays_blank()
    {
        var node = WithoutTotals("2021");
        node["appeals"]!["reconsideration"]!["upheld"] = null;

        var (completed, _) = ReportCompleter.Complete(Read(node));

        Assert.True(completed.Appeals!.CellAt("reconsideration", "total")!.IsBlank);
        Assert.NotNull(completed.Appeals.ValueAt("litigationDirect", "total"));
    }

    [Fact]
    public void Last_years_report_gives_the_carried_over_row_and_the_documents_in_force()
    {
        var previous = Base("2021");
        previous["requests"]!["rows"]!["carriedForward"] = new JsonArray(1, 0, 0, 0, 0, 0, 1);
        previous["proactive"]!["normativeDocuments"]!["inForce"] = 10;
        var current = WithoutTotals("2021");
        current["year"] = 2022;
        current["requests"]!["rows"]!["carriedOver"] = new JsonArray(null, null, null, null, null, null, null);
        current["proactive"]!["normativeDocuments"]!["inForce"] = null;

        var (completed, computed) = ReportCompleter.Complete(Read(current), Read(previous));

        Assert.Equal(1, completed.Requests!.ValueAt("carriedOver", "naturalPerson"));
        Assert.Equal(1, completed.Requests.ValueAt("carriedOver", "total"));
        Assert.Equal(10 + 3 - 1, completed.Proactive!.ValueAt("normativeDocuments", "inForce"));
        Assert.Contains(computed, c => c.Cell.Path == "proactive.normativeDocuments.inForce" && c.Rule.Contains("上年现行有效件数", StringComparison.Ordinal));
    }
}
