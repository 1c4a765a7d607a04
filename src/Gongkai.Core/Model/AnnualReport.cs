using Gongkai.Core.Diagnostics;

namespace Gongkai.Core.Model;

/// <summary>One annual report (政府信息公开工作年度报告) as printed: the canonical model behind <c>gongkai/annual-report@1</c>.</summary>
public sealed record AnnualReport
{
    /// <summary>The canonical JSON schema identifier.</summary>
    public const string Schema = "gongkai/annual-report@1";

    /// <summary>The issuing body as the report names it (title or signature).</summary>
    public string? Agency { get; init; }

    /// <summary>The year reported on (统计期限), not the year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>The format the tables actually follow; <see langword="null"/> when no table says.</summary>
    public TemplateVersion? Template { get; init; }

    /// <summary>The date printed on the report (落款日期).</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>
    /// Whether the report uses the formats before 2019 (2008–2018: 概述 … 收费及减免 … and their own 统计表), whose
    /// tables are not the 2019/2021 tables and are not mapped: <see cref="Template"/> stays null and the checks of
    /// the 2019/2021 sections and tables do not apply.
    /// </summary>
    public bool Pre2019Format { get; init; }

    /// <summary>What the publishing portal's header said (title, 发布时间, 发布机构, link), when the file kept one.</summary>
    public PortalMetadata? Portal { get; init; }

    /// <summary>Table 二, or <see langword="null"/> when the report has none.</summary>
    public ReportTable? Proactive { get; init; }

    /// <summary>Table 三, or <see langword="null"/> when the report has none.</summary>
    public ReportTable? Requests { get; init; }

    /// <summary>Table 四, or <see langword="null"/> when the report has none.</summary>
    public ReportTable? Appeals { get; init; }

    /// <summary>The sections found, in order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>Figures stated in the text that the tables also give.</summary>
    public IReadOnlyList<NarrativeFigure> Narrative { get; init; } = [];

    /// <summary>Where the agency, the year and the date were read in the file (keyed by <see cref="MetadataField"/>), for 查看原文; empty when unknown.</summary>
    public IReadOnlyDictionary<string, SourceRef> MetadataSources { get; init; } = new Dictionary<string, SourceRef>();

    /// <summary>The file the report was read from, when it was read from one.</summary>
    public ReportInput? Input { get; init; }

    /// <summary>Diagnostics recorded while reading (GK1xxx); the validator's findings are separate.</summary>
    public IReadOnlyList<Diagnostic> ReadingDiagnostics { get; init; } = [];

    /// <summary>The table of <paramref name="kind"/>, or <see langword="null"/>.</summary>
    public ReportTable? Table(TableKind kind) => kind switch
    {
        TableKind.Proactive => Proactive,
        TableKind.Requests => Requests,
        _ => Appeals,
    };

    /// <summary>The section of <paramref name="kind"/>, or <see langword="null"/>.</summary>
    public ReportSection? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
