using Gongkai.Application.Outputs;
using Gongkai.Reporting;

namespace Gongkai.Application.Reports;

/// <summary>
/// A stored report's current version in the official layout (DOCX, HTML, …): the report as read, written by the same
/// writers as <c>gongkai render</c>. Nothing is computed or changed: what was printed is what is rendered.
/// </summary>
public static class RenderStoredReport
{
    /// <summary>Renders the report <paramref name="options"/> names, if the caller may see it.</summary>
    public static RenderStoredResult Run(Store.ReportStore store, RenderStoredOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = GetReport.Run(store, new GetReportOptions(options.Scope, options.ReportId));
        if (found.Report is not { } view)
        {
            return new RenderStoredResult { Failure = found.Failure };
        }

        var document = ReportDocument.From(view.Content);
        using var buffer = new MemoryStream();
        options.Format.Write(document, buffer);
        return new RenderStoredResult { Content = buffer.ToArray(), FileName = OutputNames.Stem(document.Title) + options.Format.Extension() };
    }
}
