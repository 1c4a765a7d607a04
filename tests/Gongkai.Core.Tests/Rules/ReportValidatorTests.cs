using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Tests.Rules;

/// <summary>The order of findings, written as one pass per severity (issue #16), against the stable ordered query.</summary>
public sealed class ReportValidatorTests
{
    [Fact]
    public void Findings_are_ordered_most_severe_first_keeping_rule_order_as_a_stable_sort_does()
    {
        var findingGen = from severity in Gen.Elements(Severity.Info, Severity.Warning, Severity.Error)
                         from code in Gen.Elements("GK0101", "GK0201", "GK0301")
                         select Diagnostic.Create(code, severity, "测试");

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(findingGen.ListOf().ToArbitrary(), findings =>
        {
            var expected = findings.Select((d, i) => (d, i)).OrderByDescending(x => x.d.Severity).ThenBy(x => x.i).Select(x => x.d);
            // By reference: two findings of the same code and severity are equal records but not the same finding.
            Assert.Equal<Diagnostic>(expected.ToList(), ReportValidator.MostSevereFirst(findings), ReferenceEqualityComparer.Instance);
        }));
    }
}
