using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx;

/// <summary>A DOCX's ZIP container, opened with the bounds of <see cref="DocxReaderLimits"/> (see <see cref="OfficeZipPackage"/>).</summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly OfficeZipPackage _package;

    private DocxPackage(OfficeZipPackage package)
    {
        _package = package;
    }

    /// <exception cref="UnreadableInputException">The container is damaged, too large, or not a Word document.</exception>
    public static DocxPackage Open(ReadOnlyMemory<byte> content, string file, DocxReaderLimits limits)
    {
        var package = OfficeZipPackage.Open(content, file, limits.MaxEntries, limits.MaxPartBytes);
        if (!package.HasPart("word/document.xml"))
        {
            var kind = package.Kind;
            package.Dispose();
            throw new UnreadableInputException($"{file}：这是{kind}，不是 Word（DOCX）文档，本工具不能读取。");
        }

        return new DocxPackage(package);
    }

    /// <summary>The part's XML text, or null when the package has no such part.</summary>
    public string? ReadPart(string name) => _package.ReadPart(name);

    public void Dispose() => _package.Dispose();
}
