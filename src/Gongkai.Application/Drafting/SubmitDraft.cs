using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Application.Outputs;
using Gongkai.Application.Sources;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Serialization;
using Gongkai.Reporting;
using Gongkai.Store;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Drafting;

/// <summary>
/// Submits a draft as a stored report version of its unit and year, through the import's own path: the report is
/// rendered to DOCX by the writer of <c>gongkai render</c>, that document is read back by the full pipeline and stored
/// with its findings and original file like an uploaded one (so it shows in 报告列表/详情/版本 like any report). The
/// document must read back to the draft's canonical JSON — what the unit publishes is what it typed — or nothing is
/// stored. A draft with errors is refused, as <c>gongkai render</c> refuses one without <c>--force</c>. The stored report
/// is unpublished until a 区域管理员 or 系统管理员 publishes it.
/// </summary>
public static class SubmitDraft
{
    private static readonly ReportJsonOptions Canonical = ReportJsonOptions.CanonicalOnly with { Indented = false };

    /// <summary>Submits the draft <see cref="DraftOptions.DraftId"/> as it is stored.</summary>
    public static SubmitDraftResult Run(ReportStore store, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (store.Drafts.Find(options.DraftId, options.Scope) is not { } draft
            || DraftReports.Unit(store, options.Scope, draft.UnitCode) is not { } unit)
        {
            return new SubmitDraftResult { Failure = GetDraft.NotFound(options.DraftId) };
        }

        var view = DraftReports.View(store, options.Scope, draft, DraftReports.Read(draft));
        var errors = view.Findings.Count(f => f.Severity == Severity.Error);
        if (errors > 0)
        {
            return new SubmitDraftResult
            {
                Failure = new(FailureKind.ReportErrors, $"草稿有 {errors.ToString(CultureInfo.InvariantCulture)} 个错误，未提交。请按提示改正标出的单元格后再提交。"),
            };
        }

        var document = ReportDocument.From(view.Report);
        var content = RenderFormat.Docx.Render(document);
        var name = $"在线填报/{OutputNames.Stem(document.Title)}{RenderFormat.Docx.Extension()}";
        var preparer = new ReportPreparer(ReportPipelines.Full, store.Matcher());
        var (prepared, failure) = preparer.Prepare(name, content);
        if (prepared is null)
        {
            return new SubmitDraftResult { Failure = new(FailureKind.UnusableInput, $"生成的文档无法读回（{failure?.Reason}），未提交。", failure?.Detail) };
        }

        if (ReportJsonWriter.Write(prepared.Report, null, Canonical) != ReportJsonWriter.Write(view.Report, null, Canonical))
        {
            return new SubmitDraftResult { Failure = new(FailureKind.UnusableInput, "生成的文档读回后与草稿的数据不一致，未提交，以免入库的报告与填写的不同。请检查各部分文字中是否有形似标题或表格的行。") };
        }

        // The draft's unit is known: the report is stored as that unit's, whatever the name matcher would say. It is
        // submitted, not yet published: the supervising office (区域管理员) publishes it after review (PublishReport).
        var saved = store.Save(prepared with { Match = new UnitMatch(UnitMatchKind.Name, unit, []), Published = false }, makeCurrent: true);
        store.Drafts.MarkSubmitted(draft.Id, saved.ReportId, options.Scope);
        var warnings = prepared.Findings.Count(f => f.Severity == Severity.Warning);
        var what = saved.Outcome switch
        {
            SaveOutcome.Added => "已提交，入库为新报告",
            SaveOutcome.NewVersion or SaveOutcome.MadeCurrent => $"已提交，入库为第 {saved.Version.ToString(CultureInfo.InvariantCulture)} 版",
            _ => $"内容与已入库的第 {saved.Version.ToString(CultureInfo.InvariantCulture)} 版相同，未新增版本",
        };
        return new SubmitDraftResult
        {
            ReportId = saved.ReportId,
            Version = saved.Version,
            Outcome = saved.Outcome,
            Warnings = warnings,
            Description = $"{unit.Name} {draft.Year.ToString(CultureInfo.InvariantCulture)} 年度报告{what}，待区域管理员审核后公开（报告编号 {saved.ReportId.ToString(CultureInfo.InvariantCulture)}{(warnings > 0 ? $"，{warnings.ToString(CultureInfo.InvariantCulture)} 个警告" : "")}）。",
        };
    }
}
