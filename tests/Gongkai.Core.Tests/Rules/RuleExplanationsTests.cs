using System.Reflection;
using System.Text.RegularExpressions;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Rules;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Rules;

public sealed partial class RuleExplanationsTests
{
    private static readonly string[] Codes = [.. typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Every_diagnostic_code_has_a_title_an_explanation_and_a_statute_in_chinese()
    {
        Assert.NotEmpty(Codes);
        foreach (var code in Codes)
        {
            var rule = RuleExplanations.For(code);
            Assert.True(rule is not null, $"{code} has no explanation");
            Assert.Equal(code, rule.Code);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.Title);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.Explanation);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.Statute);
        }

        Assert.Equal(Codes.Length, RuleExplanations.All.Count);
    }

    [Fact]
    public void A_code_with_a_section_of_its_own_in_the_rule_catalogue_has_that_section_title()
    {
        var headings = Heading().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Specs, "rules.md")));

        Assert.NotEmpty(headings);
        foreach (Match heading in headings)
        {
            Assert.Equal(heading.Groups["title"].Value.Trim(), RuleExplanations.For(heading.Groups["code"].Value)?.Title);
        }
    }

    [Fact]
    public void The_statutory_rules_cite_the_regulation_or_the_format()
    {
        foreach (var code in Codes.Where(c => c.StartsWith("GK0", StringComparison.Ordinal) && c != DiagnosticCodes.UnitUnmatched))
        {
            Assert.Matches("条例|年度报告格式", RuleExplanations.For(code)!.Statute);
        }
    }

    [Fact]
    public void An_unknown_code_has_no_explanation() => Assert.Null(RuleExplanations.For("GK9999"));

    // A heading naming one code: "## GK0301 表三各列：…".
    [GeneratedRegex(@"^## (?<code>GK\d{4}) (?<title>[^/\n–]+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
