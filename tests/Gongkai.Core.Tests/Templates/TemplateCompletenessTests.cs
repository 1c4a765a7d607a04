using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Templates;

/// <summary>Whether a table misses a template row, asked of every parsed table, against the list of missing rows.</summary>
public sealed class TemplateCompletenessTests
{
    [Fact]
    public void A_table_has_missing_rows_exactly_when_the_list_of_missing_rows_is_not_empty()
    {
        var tables = new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals };
        var editions = new[] { TemplateVersion.V2019, TemplateVersion.V2021 };
        var caseGen = from kind in Gen.Elements(tables)
                      from edition in Gen.Elements(editions)
                      let spec = TemplateCompleteness.SpecFor(new ReportTable { Kind = kind, Rows = [] }, edition)
                      from kept in Gen.Elements(true, true, true, false).ArrayOf(spec.Rows.Count)
                      select (Kind: kind, Edition: edition, Rows: spec.Rows.Where((_, i) => kept[i]).ToList());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(caseGen.ToArbitrary(), c =>
        {
            var table = new ReportTable { Kind = c.Kind, Rows = [.. c.Rows.Select(r => new TableRow { Key = r.Key, Cells = [] })] };
            var missing = TemplateCompleteness.MissingRows(table, c.Edition);
            Assert.Equal(missing.Count > 0, TemplateCompleteness.HasMissingRows(table, c.Edition));
            Assert.Equal(
                TemplateCompleteness.SpecFor(table, c.Edition).Rows.Where(spec => c.Rows.All(r => r.Key != spec.Key)).Select(s => s.Key),
                missing.Select(s => s.Key));
        }));
    }
}
