using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>A statutory or plausibility rule: a pure function from a report to its findings.</summary>
public interface IReportRule
{
    /// <summary>The rule's code, one of <see cref="DiagnosticCodes"/>.</summary>
    string Code { get; }

    /// <summary>The findings of this rule on <paramref name="report"/> (none when it holds).</summary>
    IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context);
}
