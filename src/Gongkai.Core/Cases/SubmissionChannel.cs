namespace Gongkai.Core.Cases;

/// <summary>How an application reached the agency; it decides the receipt date (条例 art. 31).</summary>
public enum SubmissionChannel
{
    /// <summary>当面提交.</summary>
    InPerson,

    /// <summary>邮寄, signed for (挂号, EMS).</summary>
    SignedPost,

    /// <summary>平常信函 and other unsigned post.</summary>
    OrdinaryPost,

    /// <summary>The online application platform.</summary>
    OnlinePlatform,

    /// <summary>E-mail.</summary>
    Email,

    /// <summary>The disclosure office's fax.</summary>
    Fax,
}
