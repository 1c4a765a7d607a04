using Gongkai.Application.Outputs;
using Gongkai.Application.Reports;
using Gongkai.Parsing.Reading;
using Gongkai.Reporting;
using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>
/// A draft as a file, by the writers of <c>gongkai render</c>: DOCX, HTML, or PDF converted from the DOCX by LibreOffice
/// (<c>soffice</c>) when it is installed — without it the PDF is refused saying what to install.
/// </summary>
public static class RenderDraft
{
    private static readonly TimeSpan ConversionLimit = TimeSpan.FromSeconds(90);

    /// <summary>Whether PDF can be made on this machine (LibreOffice Writer installed).</summary>
    public static bool CanRenderPdf => LibreOfficeInstall.Detected is { Soffice: not null, HasWriter: true };

    /// <summary>The draft <see cref="DraftOptions.DraftId"/> as stored, in <paramref name="format"/>.</summary>
    public static RenderStoredResult Run(ReportStore store, DraftOptions options, DraftFormat format, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (store.Drafts.Find(options.DraftId, options.Scope) is not { } draft)
        {
            return new RenderStoredResult { Failure = GetDraft.NotFound(options.DraftId) };
        }

        var document = ReportDocument.From(DraftReports.Read(draft));
        var stem = OutputNames.Stem(document.Title) + "（草稿）";
        return format switch
        {
            DraftFormat.Html => new RenderStoredResult { Content = RenderFormat.Html.Render(document), FileName = stem + ".html" },
            DraftFormat.Pdf => Pdf(RenderFormat.Docx.Render(document), stem, cancellation),
            _ => new RenderStoredResult { Content = RenderFormat.Docx.Render(document), FileName = stem + ".docx" },
        };
    }

    private static RenderStoredResult Pdf(byte[] docx, string stem, CancellationToken cancellation)
    {
        if (!CanRenderPdf)
        {
            return new RenderStoredResult { Failure = new(FailureKind.UnusableInput, "本机未安装 LibreOffice Writer（Debian/Ubuntu 软件包 libreoffice-writer），无法生成 PDF；请下载 DOCX 后自行转换。") };
        }

        var work = Directory.CreateTempSubdirectory("gongkai-pdf-").FullName;
        try
        {
            var input = Path.Combine(work, "draft.docx");
            File.WriteAllBytes(input, docx);
            var finished = LibreOfficeConverter.Convert(LibreOfficeInstall.Detected.Soffice!, input, "pdf", work, ConversionLimit, cancellation);
            var output = Path.Combine(work, "draft.pdf");
            return finished && File.Exists(output)
                ? new RenderStoredResult { Content = File.ReadAllBytes(output), FileName = stem + ".pdf" }
                : new RenderStoredResult { Failure = new(FailureKind.UnusableInput, "LibreOffice 未能在时限内生成 PDF，请稍后重试或下载 DOCX。") };
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return new RenderStoredResult { Failure = UseCaseFailure.Of(FailureKind.UnusableInput, "无法启动 LibreOffice 生成 PDF，请下载 DOCX 后自行转换。", ex) };
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A killed conversion may still hold files; the temp folder is the OS's to clean.
            }
        }
    }
}
