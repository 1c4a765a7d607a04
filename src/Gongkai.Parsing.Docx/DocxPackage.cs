using System.IO.Compression;
using Gongkai.Parsing.Input;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// Opens the ZIP container of a DOCX and reads the parts we need with our own bounds: entries are inflated into
/// memory only up to <see cref="DocxReaderLimits.MaxPartBytes"/>, whatever sizes the ZIP headers claim, and XML
/// with a DTD (the vehicle of XXE) is refused before any XML parser sees it.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly string _file;
    private readonly DocxReaderLimits _limits;

    private DocxPackage(ZipArchive archive, string file, DocxReaderLimits limits)
    {
        _archive = archive;
        _file = file;
        _limits = limits;
    }

    public static DocxPackage Open(ReadOnlyMemory<byte> content, string file, DocxReaderLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableInputException($"{file}：ZIP/DOCX 文件已损坏（{ex.Message}）。", ex);
        }

        var entries = archive.Entries.Count;
        if (entries > limits.MaxEntries)
        {
            archive.Dispose();
            throw new UnreadableInputException($"{file}：压缩包内有 {entries} 个文件，超过上限 {limits.MaxEntries} 个，已拒绝。");
        }

        var package = new DocxPackage(archive, file, limits);
        if (archive.GetEntry("word/document.xml") is null)
        {
            var kind = archive.GetEntry("xl/workbook.xml") is not null ? "Excel 工作簿（.xlsx）"
                : archive.GetEntry("ppt/presentation.xml") is not null ? "PowerPoint 演示文稿"
                : archive.GetEntry("OFD.xml") is not null ? "OFD 版式文件"
                : "ZIP 压缩包";
            package.Dispose();
            throw new UnreadableInputException($"{file}：这是{kind}，不是 Word（DOCX）文档，本工具不能读取。");
        }

        return package;
    }

    /// <summary>The part's XML text, or null when the package has no such part.</summary>
    public string? ReadPart(string name)
    {
        var entry = _archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _limits.MaxPartBytes)
                {
                    throw new UnreadableInputException($"{_file}：{name} 解压后超过 {_limits.MaxPartBytes / 1024 / 1024} MB（可能是压缩炸弹），已拒绝。");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableInputException($"{_file}：{name} 已损坏，无法解压。", ex);
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnreadableInputException($"{_file}：{name} 含有 DTD 或实体声明（可能是 XXE 攻击），已拒绝。");
        }

        text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

        return text;
    }

    public void Dispose() => _archive.Dispose();
}
