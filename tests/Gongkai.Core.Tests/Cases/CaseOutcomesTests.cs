using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Tests.Cases;

public sealed class CaseOutcomesTests
{
    [Fact]
    public void Each_outcome_is_one_distinct_outcome_row_of_the_2021_format()
    {
        var rows = CaseOutcomes.All.Select(o => CaseOutcomes.Row(o, TemplateVersion.V2021).Value).ToList();

        Assert.Equal(RequestsTemplate.OutcomeRows(TemplateVersion.V2021).Select(r => r.Key), rows);
    }

    [Theory]
    [InlineData(CaseOutcome.Granted, "granted")]
    [InlineData(CaseOutcome.PartiallyGranted, "partiallyGranted")]
    [InlineData(CaseOutcome.WithheldStateSecret, "withheld.stateSecret")]
    [InlineData(CaseOutcome.WithheldThirdParty, "withheld.thirdParty")]
    [InlineData(CaseOutcome.WithheldQuery, "withheld.query")]
    [InlineData(CaseOutcome.UnavailableUnclear, "unavailable.unclear")]
    [InlineData(CaseOutcome.RejectedConfirmation, "rejected.confirmation")]
    [InlineData(CaseOutcome.NoCorrection, "other.noCorrection")]
    [InlineData(CaseOutcome.UnpaidFee, "other.unpaidFee")]
    [InlineData(CaseOutcome.Other, "other.other")]
    public void Outcomes_map_to_their_row_key(CaseOutcome outcome, string key)
    {
        Assert.Equal(key, CaseOutcomes.Row(outcome, TemplateVersion.V2021).Value);
    }

    [Theory]
    [InlineData(CaseOutcome.NoCorrection)]
    [InlineData(CaseOutcome.UnpaidFee)]
    [InlineData(CaseOutcome.Other)]
    public void The_2019_format_counts_every_other_outcome_in_its_one_other_row(CaseOutcome outcome)
    {
        Assert.Equal(RequestsTemplate.OtherHandling, CaseOutcomes.Row(outcome, TemplateVersion.V2019));
        Assert.Equal("（六）其他处理", CaseOutcomes.Label(outcome, TemplateVersion.V2019));
    }

    [Fact]
    public void Labels_are_the_templates_and_partial_disclosure_counts_only_there()
    {
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", CaseOutcomes.Label(CaseOutcome.PartiallyGranted));
    }

    [Theory]
    [InlineData(CaseOutcome.Granted, "《政府信息公开条例》第三十六条第（一）项、第（二）项")]
    [InlineData(CaseOutcome.PartiallyGranted, "《政府信息公开条例》第三十七条")]
    [InlineData(CaseOutcome.WithheldSecurity, "《政府信息公开条例》第十四条")]
    [InlineData(CaseOutcome.UnavailableNeedsCreation, "《政府信息公开条例》第三十八条")]
    [InlineData(CaseOutcome.RejectedExcessive, "《政府信息公开条例》第三十五条")]
    [InlineData(CaseOutcome.NoCorrection, "《政府信息公开条例》第三十条")]
    public void Basis_cites_the_article_of_cases_md(CaseOutcome outcome, string basis)
    {
        Assert.Equal(basis, CaseOutcomes.Basis(outcome));
    }

    [Fact]
    public void Every_outcome_has_a_chinese_basis()
    {
        Assert.All(CaseOutcomes.All, o => Assert.StartsWith("《政府信息公开条例》", CaseOutcomes.Basis(o), StringComparison.Ordinal));
    }
}
