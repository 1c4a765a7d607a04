using System.Globalization;
using Gongkai.Application.Sources;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Application.Reports;

/// <summary>
/// 查看原文: where a value of a stored report was read from, within the caller's access scope. A PDF value comes
/// with its page and box; a value of any other format with its original file read again into lines (as the reader
/// numbered them when the report was imported), the value's line and cell marked.
/// </summary>
public static class GetCellSource
{
    /// <summary>The source of the value <paramref name="options"/> names, if the caller may see its report.</summary>
    public static GetCellSourceResult Run(Store.ReportStore store, GetCellSourceOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var report = GetReport.Run(store, new GetReportOptions(options.Scope, options.ReportId));
        if (report.Report is not { } view)
        {
            return new GetCellSourceResult { Failure = report.Failure };
        }

        if (CellRef.TryParse(options.CellPath ?? "") is not { Row: not null, Column: not null } cellRef ||
            view.Content.Table(cellRef.Table)?.Rows.FirstOrDefault(r => r.Key == cellRef.Row)?[cellRef.Column] is not { } cell)
        {
            return Failed($"报告中没有“{options.CellPath}”这个数值。");
        }

        if (!cell.Source.IsKnown)
        {
            return Failed($"{cellRef.Describe()}没有记录读取位置（报告可能是手工填写或由 JSON 导入的）。");
        }

        // The file that gave the content (its hash is in the report's input), else the version's first file.
        var file = view.Sources.FirstOrDefault(s => string.Equals(s.FileSha256, view.Content.Input?.Sha256, StringComparison.OrdinalIgnoreCase)) ?? view.Sources.FirstOrDefault();
        var name = Path.GetFileName(file?.SourcePath is { Length: > 0 } path ? path : $"report-{options.ReportId.ToString(CultureInfo.InvariantCulture)}");
        var source = new CellSource(view.Summary, cellRef, cell.Raw, cell.Source, name, file?.FileSha256, file?.Format, []);
        if (source.IsPdf || file?.FileSha256 is null)
        {
            return new GetCellSourceResult { Source = source };
        }

        var original = GetOriginalFile.Run(store, new GetOriginalFileOptions(options.Scope, options.ReportId, file.FileSha256));
        if (original.File is not { } bytes)
        {
            return new GetCellSourceResult { Failure = original.Failure };
        }

        try
        {
            var document = ReportPipelines.Full.ReadDocument(bytes.Content, name, cancellation);
            return new GetCellSourceResult { Source = source with { Lines = Lines(document, cell) } };
        }
        catch (UnreadableInputException ex)
        {
            return new GetCellSourceResult { Failure = UseCaseFailure.Of(FailureKind.UnusableInput, ex.Message, ex.InnerException) };
        }
    }

    // Every paragraph and table row as a line. The mark goes on the cell whose own source is the value's (a row of a
    // DOCX-like text spans several lines, one per cell); where several cells have that source (a page of HTML written
    // on one line), on the one holding the printed value.
    private static List<SourceLine> Lines(SourceDocument document, Cell cell)
    {
        var lines = new List<SourceLine>();
        var sources = new List<IReadOnlyList<SourceRef>>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SourceParagraph paragraph:
                    lines.Add(new SourceLine(paragraph.Source.Line, paragraph.Source.Page, [paragraph.Text]));
                    sources.Add([paragraph.Source]);
                    break;
                case SourceTable table:
                    foreach (var row in table.Rows)
                    {
                        lines.Add(new SourceLine(row.Source.Line, row.Source.Page, [.. row.Cells.Select(c => c.Text)]));
                        sources.Add([.. row.Cells.Select(c => c.Source)]);
                    }

                    break;
                case SourceImage image:
                    lines.Add(new SourceLine(image.Source.Line, image.Source.Page, [image.Description ?? "（图片）"]));
                    sources.Add([image.Source]);
                    break;
            }
        }

        var where = cell.Source;
        var hits = sources
            .SelectMany((cells, line) => cells.Select((source, index) => (Line: line, Cell: index + 1, Source: source)))
            .Where(h => h.Source.Line == where.Line && h.Source.Page == where.Page && (h.Source.Cell == where.Cell || where.Cell == 0))
            .ToList();
        var hit = hits.FirstOrDefault(h => lines[h.Line].Cells[h.Cell - 1].Trim() == cell.Raw.Trim());
        if (hit.Cell == 0 && hits.Count > 0)
        {
            hit = hits[0];
        }

        if (hit.Cell > 0)
        {
            lines[hit.Line] = lines[hit.Line] with { MarkedCell = hit.Cell };
        }

        return lines;
    }

    private static GetCellSourceResult Failed(string message) =>
        new() { Failure = new UseCaseFailure(FailureKind.NotFound, message) };
}
