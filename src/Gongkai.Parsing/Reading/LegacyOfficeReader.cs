using System.Text;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// Reads legacy Office files (<c>.doc</c>, <c>.wps</c>, <c>.xls</c>: OLE compound files) by converting them with
/// LibreOffice (<c>soffice --headless</c>) — Word and WPS documents to DOCX, workbooks to HTML — and reading the
/// result with the pipeline's own readers. Without LibreOffice the file is refused with a message saying so.
/// </summary>
public sealed class LegacyOfficeReader : IDocumentReader
{
    private readonly TimeSpan _timeout;
    private readonly LibreOfficeInstall _install;
    private Func<ReadOnlyMemory<byte>, string, CancellationToken, SourceDocument>? _readConverted;

    /// <summary>Creates the reader; a conversion taking longer than <paramref name="timeout"/> is abandoned.</summary>
    /// <param name="timeout">The time limit of one conversion.</param>
    /// <param name="install">The LibreOffice to convert with; by default, the one detected on this machine.</param>
    public LegacyOfficeReader(TimeSpan timeout, LibreOfficeInstall? install = null)
    {
        _timeout = timeout;
        _install = install ?? LibreOfficeInstall.Detected;
    }

    /// <summary>How long a conversion may take.</summary>
    internal TimeSpan Timeout => _timeout;

    /// <inheritdoc />
    public bool CanRead(InputKind kind) => kind == InputKind.OleCompound;

    /// <inheritdoc />
    public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation = default)
    {
        var kind = Kind(content.Span, _install);
        if (_install.Soffice is null)
        {
            throw new UnreadableInputException($"{file}：这是旧版 {kind.Name} 文件，需要安装 LibreOffice（soffice）才能转换读取；请安装后重试，或先另存为 {kind.SaveAs}。");
        }

        if (!kind.Installed)
        {
            throw new UnreadableInputException($"{file}：这是旧版 {kind.Name} 文件，需要安装 {kind.Application}（Debian/Ubuntu 软件包 {kind.Package}）才能转换读取；本机的 LibreOffice 没有此组件。请安装后重试，或先另存为 {kind.SaveAs}。");
        }

        var read = _readConverted ?? throw new InvalidOperationException("The legacy reader is not attached to a pipeline.");
        var work = Directory.CreateTempSubdirectory("gongkai-legacy-").FullName;
        try
        {
            var input = Path.Combine(work, "input" + kind.Extension);
            File.WriteAllBytes(input, content.ToArray());
            Convert(input, kind.Target, work, file, cancellation);
            var output = Directory.GetFiles(work, "input." + kind.Target.Split(':')[0]).FirstOrDefault()
                ?? throw new UnreadableInputException($"{file}：LibreOffice 未能转换此 {kind.Name} 文件（文件可能已损坏）。");
            var document = read(File.ReadAllBytes(output), file, cancellation);
            return document with { Format = kind.Format };
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A conversion killed at the time limit may still hold files; the temp folder is the OS's to clean.
            }
        }
    }

    /// <summary>Called by the pipeline: converted files are read by its readers.</summary>
    internal void Attach(Func<ReadOnlyMemory<byte>, string, CancellationToken, SourceDocument> readConverted) => _readConverted = readConverted;

    private void Convert(string input, string target, string work, string file, CancellationToken cancellation)
    {
        bool finished;
        try
        {
            finished = LibreOfficeConverter.Convert(_install.Soffice!, input, target, work, _timeout, cancellation);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new UnreadableInputException($"{file}：无法启动 LibreOffice。");
        }

        if (!finished)
        {
            throw new UnreadableInputException($"{file}：LibreOffice 转换超过 {_timeout.TotalSeconds:F0} 秒仍未完成，已放弃。");
        }
    }

    // Which application wrote the OLE file: the names of its streams are stored in UTF-16 in the directory.
    private static LegacyKind Kind(ReadOnlySpan<byte> content, LibreOfficeInstall install)
    {
        if (Has(content, "Workbook") || Has(content, "Book"))
        {
            return new("Excel（.xls）", ".xls", "html:HTML (StarCalc)", "xls", "LibreOffice Calc", "libreoffice-calc", "XLSX", install.HasCalc);
        }

        return Has(content, "WpsCustomData") || Has(content, "WPS")
            ? new("WPS（.wps）", ".wps", "docx:MS Word 2007 XML", "wps", "LibreOffice Writer", "libreoffice-writer", "DOCX 或 PDF", install.HasWriter)
            : new("Word（.doc）", ".doc", "docx:MS Word 2007 XML", "doc", "LibreOffice Writer", "libreoffice-writer", "DOCX 或 PDF", install.HasWriter);
    }

    private static bool Has(ReadOnlySpan<byte> content, string stream) => content.IndexOf(Encoding.Unicode.GetBytes(stream)) >= 0;

    private sealed record LegacyKind(string Name, string Extension, string Target, string Format, string Application, string Package, string SaveAs, bool Installed);
}
