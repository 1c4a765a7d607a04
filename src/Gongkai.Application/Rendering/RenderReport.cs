using Gongkai.Application.Cases.Tables;
using Gongkai.Application.Checking;
using Gongkai.Application.Outputs;
using Gongkai.Application.Sources;
using Gongkai.Application.Stores;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Parsing.Pipeline;
using Gongkai.Reporting;
using Gongkai.Store;

namespace Gongkai.Application.Rendering;

/// <summary>
/// The finished report from the fill-in workbook, canonical JSON or any readable report: load, merge the sections
/// given, take last year's report (the file given, else the store's), compute blank totals, check (with the
/// cross-year rules), refuse a report with errors and never overwrite an output unless forced, write atomically.
/// </summary>
public static class RenderReport
{
    private static readonly TableKind[] TableKinds = [TableKind.Proactive, TableKind.Requests, TableKind.Appeals];

    /// <summary>Renders as <paramref name="options"/> says; failures are in the result, never thrown.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static RenderResult Run(RenderOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loaded = ReportSources.Load(options.Input);
        if (!loaded.Succeeded)
        {
            return Failed(loaded);
        }

        var report = loaded.Report;
        if (options.SectionsFile is { } sectionsFile)
        {
            var sections = ReadSections(sectionsFile, out var unreadable);
            if (sections is null)
            {
                return new RenderResult { Failure = unreadable };
            }

            report = report with { Sections = Merge(report.Sections, sections) };
        }

        string? casesNote = null;
        if (options.TablesFromCases is { } unit)
        {
            var (filled, refused, counted) = ReportTablesFromCases.Apply(report, unit.Trim(), options.Database);
            if (refused is not null)
            {
                return new RenderResult { Failure = refused };
            }

            (report, casesNote) = (filled, counted);
        }

        cancellation.ThrowIfCancellationRequested();
        var previousFailure = LoadPrevious(options, report, out var previous, out var note);
        if (previousFailure is not null)
        {
            return new RenderResult { Failure = previousFailure };
        }

        var (completed, computed) = ReportCompleter.Complete(report, previous);
        var checkedReport = CheckReports.Check(new ParseResult { File = options.Input, Report = completed }, new CheckContext { PreviousYear = previous });
        var blank = BlankTables(completed);
        var result = new RenderResult
        {
            PreviousYearNote = note,
            CasesNote = casesNote,
            HasPreviousYear = previous is not null,
            Computed = computed,
            Checked = checkedReport,
            BlankTables = blank,
            AllTablesBlank = blank.Count == TableKinds.Length,
            Errors = checkedReport.AllDiagnostics.Count(d => d.Severity == Severity.Error),
        };

        if (result.Errors > 0 && !options.Force)
        {
            return result with
            {
                Failure = new(FailureKind.ReportErrors, $"报告有 {result.Errors} 个错误，未生成。请改正后重试；如确需按现状生成（例如送审稿），请加 --force。"),
            };
        }

        cancellation.ThrowIfCancellationRequested();
        var written = new List<string>();
        var failure = Write(completed, options, written);
        return result with { Written = written, Failure = failure };
    }

    private static RenderResult Failed(ParseResult loaded) =>
        new() { Failure = new(FailureKind.UnusableInput, loaded.Failure ?? "", loaded.FailureDetail) };

    // Tables 二, 三 and 四 that are missing or have no cell filled in.
    private static List<string> BlankTables(AnnualReport report) =>
        [.. TableKinds.Where(kind => report.Table(kind)?.Rows.All(row => row.Cells.All(c => c.IsBlank)) ?? true).Select(kind => kind.ToDisplayName())];

    // Like `new`, an existing file (perhaps edited by hand since) is not overwritten without --force; nothing is
    // written unless every target is free.
    private static UseCaseFailure? Write(AnnualReport report, RenderOptions options, List<string> written)
    {
        var input = options.Input;
        var directory = options.OutDirectory ?? Path.GetDirectoryName(Path.GetFullPath(input))!;
        var document = ReportDocument.From(report);
        var stem = OutputNames.Stem(document.Title);
        var targets = options.Formats.Distinct().Select(format =>
        {
            var path = Path.Combine(directory, stem + format.Extension());
            return (Format: format, Path: Path.GetFullPath(path) == Path.GetFullPath(input)
                ? Path.Combine(directory, stem + "（成稿）" + format.Extension()) // never overwrite the input
                : path);
        }).ToList();
        var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToList();
        if (!options.Force && existing.Count > 0)
        {
            return new(FailureKind.BadUsage, $"{string.Join("、", existing)} 已存在，未覆盖（可能已修改过）。如确需重新生成，请加 --force。");
        }

        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (format, path) in targets)
            {
                OutputNames.WriteAtomically(path, stream => format.Write(document, stream));
                written.Add(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return UseCaseFailure.Of(FailureKind.UnusableInput, $"无法写入 {directory}（{IoFailures.Describe(ex)}）。", ex);
        }

        return null;
    }

    private static IReadOnlyList<ReportSection>? ReadSections(string path, out UseCaseFailure? failure)
    {
        failure = null;
        try
        {
            return SectionTextFile.Read(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            failure = new(FailureKind.UnusableInput, $"{path}：{ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = UseCaseFailure.Of(FailureKind.UnusableInput, $"{path}：无法读取（{IoFailures.Describe(ex)}）。", ex);
        }

        return null;
    }

    // The sections given replace those of the same kind; the rest are kept, in the official order.
    private static List<ReportSection> Merge(IReadOnlyList<ReportSection> existing, IReadOnlyList<ReportSection> given) =>
        [.. existing.Where(s => given.All(g => g.Kind != s.Kind)).Concat(given).OrderBy(s => s.Kind)];

    // Last year's report: the file given, else the store's current version for the same body, when a store exists.
    private static UseCaseFailure? LoadPrevious(RenderOptions options, AnnualReport report, out AnnualReport? previous, out string? note)
    {
        previous = null;
        note = null;
        if (options.PreviousFile is { } file)
        {
            var loaded = ReportSources.Load(file);
            if (!loaded.Succeeded)
            {
                return Failed(loaded).Failure;
            }

            previous = loaded.Report;
            return null;
        }

        if (report.Agency is not { } agency || report.Year is not { } year || !StoreOpening.AnyStore(options.Database))
        {
            return null; // no store: nothing to look up, and none is created just for looking
        }

        var failure = StoreOpening.TryOpen(options.Database, out var opened);
        if (failure is not null)
        {
            return failure;
        }

        using var store = opened!;
        var stored = store.Reports(new ReportFilter { Scope = AccessScope.All, Agency = agency, FromYear = year - 1, ToYear = year - 1 }).OrderBy(r => r.IsSummary).FirstOrDefault();
        previous = stored is null ? null : store.LoadCurrent(stored.ReportId);
        note = previous is null
            ? $"数据库 {store.Location.Display} 中没有 {agency} {year - 1} 年度的报告：上年结转、现行有效件数需手工填写。"
            : $"上年数据：取自数据库 {store.Location.Display} 中 {agency} {year - 1} 年度的报告。";
        return null;
    }
}
