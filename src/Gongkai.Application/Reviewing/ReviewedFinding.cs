using Gongkai.Application.Auditing;
using Gongkai.Core.Rules;
using Gongkai.Store.Reviews;

namespace Gongkai.Application.Reviewing;

/// <summary>A finding with its rule's explanation and its review.</summary>
/// <param name="Key">The key its review is kept under (<see cref="FindingKeys"/>).</param>
/// <param name="Finding">The finding.</param>
/// <param name="Rule">Its rule's title, explanation and statute (<see langword="null"/> only for an unknown code).</param>
/// <param name="Review">Its review, or <see langword="null"/> when nobody has dealt with it.</param>
public sealed record ReviewedFinding(string Key, AuditFinding Finding, RuleExplanation? Rule, FindingReview? Review)
{
    /// <summary>Where its review stands (open when never reviewed).</summary>
    public ReviewStatus Status => Review?.Status ?? ReviewStatus.Open;

    /// <summary>Whether it still needs work: open or confirmed.</summary>
    public bool IsOpen => Status is ReviewStatus.Open or ReviewStatus.Confirmed;

    internal static ReviewedFinding Of(AuditFinding finding, IReadOnlyDictionary<string, FindingReview> reviews)
    {
        var key = FindingKeys.Of(finding);
        return new(key, finding, RuleExplanations.For(finding.Code), reviews.GetValueOrDefault(key));
    }
}
