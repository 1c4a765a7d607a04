using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>An applicant kind's column of table 三 and its label, both from <see cref="RequestsTemplate"/>.</summary>
public static class ApplicantKinds
{
    /// <summary>Every kind, in the template's column order.</summary>
    public static IReadOnlyList<ApplicantKind> All { get; } = Enum.GetValues<ApplicantKind>();

    /// <summary>The <see cref="RequestsTemplate"/> column of <paramref name="kind"/>.</summary>
    public static ColumnKey Column(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => RequestsTemplate.NaturalPerson,
        ApplicantKind.Commercial => RequestsTemplate.Commercial,
        ApplicantKind.Research => RequestsTemplate.Research,
        ApplicantKind.PublicInterest => RequestsTemplate.PublicInterest,
        ApplicantKind.LegalService => RequestsTemplate.LegalService,
        ApplicantKind.Other => RequestsTemplate.OtherApplicants,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The template's label of <paramref name="kind"/>'s column (e.g. 自然人, 商业企业).</summary>
    public static string Label(ApplicantKind kind)
    {
        var column = Column(kind);
        return RequestsTemplate.Columns.First(c => c.Id == column).Label;
    }
}
