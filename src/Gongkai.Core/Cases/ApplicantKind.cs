namespace Gongkai.Core.Cases;

/// <summary>Who applied: the applicant columns of table 三 (申请人情况).</summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或其他组织·商业企业.</summary>
    Commercial,

    /// <summary>法人或其他组织·科研机构.</summary>
    Research,

    /// <summary>法人或其他组织·社会公益组织.</summary>
    PublicInterest,

    /// <summary>法人或其他组织·法律服务机构.</summary>
    LegalService,

    /// <summary>法人或其他组织·其他.</summary>
    Other,
}
