namespace Gongkai.Store.Reviews;

/// <summary>Where the review of a finding stands (<c>finding_reviews.status</c>).</summary>
public enum ReviewStatus
{
    /// <summary>Not yet dealt with (every finding without a review row).</summary>
    Open,

    /// <summary>Confirmed as a real problem of the report; still to be put right.</summary>
    Confirmed,

    /// <summary>Dismissed with a reason (not a problem, e.g. the report is right and the rule does not apply).</summary>
    Dismissed,

    /// <summary>Put right, with a note of how.</summary>
    Resolved,
}
