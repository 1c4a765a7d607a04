using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// Opens a letter template's bytes as a Word document only after checking them against
/// <see cref="LetterTemplateLimits"/>: every part is inflated with a cap (the sizes a ZIP header claims are not
/// trusted), XML with a DTD is refused, nesting is measured with a streaming reader. Any failure of the packaging
/// or XML libraries becomes a <see cref="LetterTemplateException"/> in Chinese.
/// </summary>
internal static class LetterPackage
{
    private static readonly XmlReaderSettings SafeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,
    };

    // Checks the template's bytes and opens an editable copy of them; the caller disposes the document.
    private static WordprocessingDocument Open(byte[] template, MemoryStream copy)
    {
        Check(template);
        copy.Write(template);
        copy.Position = 0;
        try
        {
            var document = WordprocessingDocument.Open(copy, isEditable: true);
            if (document.MainDocumentPart?.Document?.Body is null)
            {
                document.Dispose();
                throw new LetterTemplateException("文书模板不是有效的 Word 文档（.docx）：缺少正文。");
            }

            return document;
        }
        catch (Exception ex) when (IsFormatFailure(ex))
        {
            throw new LetterTemplateException("文书模板已损坏，无法作为 Word 文档（.docx）打开。", ex);
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a copy of <paramref name="template"/>: parts load lazily, so a damaged part found
    /// while reading is refused in Chinese like a damaged container.
    /// </summary>
    /// <exception cref="LetterTemplateException">The bytes are not a usable DOCX.</exception>
    public static T Read<T>(byte[] template, Func<WordprocessingDocument, T> read)
    {
        using var copy = new MemoryStream();
        try
        {
            using var document = Open(template, copy);
            return read(document);
        }
        catch (Exception ex) when (IsFormatFailure(ex))
        {
            throw new LetterTemplateException("文书模板已损坏，无法作为 Word 文档（.docx）读取。", ex);
        }
    }

    /// <summary>The bytes of <paramref name="template"/> once <paramref name="edit"/> has changed and saved it.</summary>
    /// <exception cref="LetterTemplateException">The bytes are not a usable DOCX.</exception>
    public static byte[] Edit(byte[] template, Action<WordprocessingDocument> edit)
    {
        using var copy = new MemoryStream();
        try
        {
            using (var document = Open(template, copy))
            {
                edit(document);
            }

            return copy.ToArray();
        }
        catch (Exception ex) when (IsFormatFailure(ex))
        {
            throw new LetterTemplateException("文书模板已损坏，无法作为 Word 文档（.docx）读取。", ex);
        }
    }

    /// <summary>Whether <paramref name="ex"/> is how the packaging or XML libraries report a damaged file.</summary>
    private static bool IsFormatFailure(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or FormatException or XmlException or IOException
            or InvalidOperationException and not LetterTemplateException or ArgumentException or NotSupportedException;

    private static void Check(byte[] template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Length == 0)
        {
            throw new LetterTemplateException("文书模板是空文件。");
        }

        if (template.Length > LetterTemplateLimits.MaxFileBytes)
        {
            throw new LetterTemplateException($"文书模板超过 {LetterTemplateLimits.Megabytes(LetterTemplateLimits.MaxFileBytes)} MB，已拒绝。");
        }

        if (template.Length >= 4 && template[0] == 0xD0 && template[1] == 0xCF && template[2] == 0x11 && template[3] == 0xE0)
        {
            throw new LetterTemplateException("文书模板是旧版 Word 文档（.doc）或其他旧版 Office 文件，请在 Word 或 WPS 中另存为 .docx 后再上传。");
        }

        if (template.Length < 4 || template[0] != (byte)'P' || template[1] != (byte)'K')
        {
            throw new LetterTemplateException("文书模板不是 Word 文档（.docx）。");
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(template, writable: false), ZipArchiveMode.Read);
            CheckParts(archive);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw new LetterTemplateException("文书模板已损坏，无法解压。", ex);
        }
    }

    private static void CheckParts(ZipArchive archive)
    {
        if (archive.Entries.Count > LetterTemplateLimits.MaxParts)
        {
            throw new LetterTemplateException($"文书模板内有 {archive.Entries.Count} 个部件，超过上限 {LetterTemplateLimits.MaxParts} 个，已拒绝。");
        }

        if (archive.GetEntry("[Content_Types].xml") is null || archive.GetEntry("word/document.xml") is null)
        {
            throw new LetterTemplateException("文书模板不是 Word 文档（.docx）：压缩包内没有 Word 正文。");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            var bytes = Inflate(entry, Math.Min(LetterTemplateLimits.MaxPartBytes, LetterTemplateLimits.MaxTotalBytes - total));
            total += bytes.Length;
            if (IsXml(entry.FullName))
            {
                CheckXml(entry.FullName, bytes);
            }
        }
    }

    // Inflates in chunks and stops at the cap: a bomb is refused after reading at most the cap, whatever it claims.
    private static byte[] Inflate(ZipArchiveEntry entry, long cap)
    {
        using var buffer = new MemoryStream();
        using var stream = entry.Open();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap)
            {
                throw new LetterTemplateException(
                    $"文书模板的部件 {entry.FullName} 解压后过大（单个部件上限 {LetterTemplateLimits.Megabytes(LetterTemplateLimits.MaxPartBytes)} MB，" +
                    $"全部合计上限 {LetterTemplateLimits.Megabytes(LetterTemplateLimits.MaxTotalBytes)} MB），可能是压缩炸弹，已拒绝。");
            }
        }

        return buffer.ToArray();
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(string name, byte[] bytes)
    {
        // A DTD is the vehicle of XXE and entity bombs; Word never writes one.
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            throw new LetterTemplateException($"文书模板的部件 {name} 含有 DTD 或实体声明（可能是 XXE 攻击），已拒绝。");
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), SafeXml);
            while (reader.Read())
            {
                if (reader.Depth > LetterTemplateLimits.MaxXmlDepth)
                {
                    throw new LetterTemplateException($"文书模板的部件 {name} 嵌套超过 {LetterTemplateLimits.MaxXmlDepth} 层，已拒绝。");
                }
            }
        }
        catch (XmlException ex)
        {
            throw new LetterTemplateException($"文书模板的部件 {name} 不是有效的 XML，文件已损坏。", ex);
        }
    }
}
