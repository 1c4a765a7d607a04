using System.Globalization;
using System.Security.Cryptography;
using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Pipeline;

/// <summary>
/// Reads a file in any supported format and recognises the report in it: read → recognise → map. The result is the
/// report with its reading diagnostics only; the statutory rules are the checker's (<c>Core/Rules/ReportChecker</c>).
/// Immutable and thread-safe; build one with <see cref="ReportPipelineBuilder"/>.
/// </summary>
public sealed class ReportPipeline
{
    private readonly IReadOnlyList<IDocumentReader> _readers;

    internal ReportPipeline(IReadOnlyList<IDocumentReader> readers, ReaderLimits limits)
    {
        _readers = readers;
        Limits = limits;
        foreach (var legacy in readers.OfType<LegacyOfficeReader>())
        {
            legacy.Attach((content, file, cancellation) => Read(content, file, ReadBudget.Unbounded(cancellation)));
        }
    }

    /// <summary>The input limits in force.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>Parses the file at <paramref name="path"/>. Never throws for bad input: see <see cref="ParseResult.Failure"/>.</summary>
    /// <remarks>A parse past <see cref="ReaderLimits.ReadTimeout"/> is abandoned and returned as a failure saying so.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public ParseResult ParseFile(string path, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadBudget.Run(Limits.ReadTimeout, budget =>
        {
            try
            {
                return ParseWithin(ReadFile(path), path, budget);
            }
            catch (UnreadableInputException ex)
            {
                return Failed(path, ex);
            }
        }, allowed => Failed(path, TimedOut(path, allowed)), cancellation);
    }

    /// <summary>Reads the file at <paramref name="path"/> into a <see cref="SourceDocument"/> without recognising it (for inspection).</summary>
    /// <exception cref="UnreadableInputException">The file cannot be read, or not within <see cref="ReaderLimits.ReadTimeout"/>.</exception>
    public SourceDocument ReadDocument(string path, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadBudget.Run<SourceDocument>(Limits.ReadTimeout, budget => Read(ReadFile(path), path, budget),
            allowed => throw new UnreadableInputException(TimedOut(path, allowed)), cancellation);
    }

    /// <summary>Reads <paramref name="content"/>, the bytes of a file named <paramref name="file"/>, into a <see cref="SourceDocument"/> without recognising it (查看原文 shows a stored file as its reader saw it).</summary>
    /// <exception cref="UnreadableInputException">The bytes cannot be read, or not within <see cref="ReaderLimits.ReadTimeout"/>.</exception>
    public SourceDocument ReadDocument(ReadOnlyMemory<byte> content, string file, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ReadBudget.Run<SourceDocument>(Limits.ReadTimeout, budget => Read(content, file, budget),
            allowed => throw new UnreadableInputException(TimedOut(file, allowed)), cancellation);
    }

    // The file's bytes, or UnreadableInputException saying why not.
    private byte[] ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new UnreadableInputException(Directory.Exists(path) ? $"{path}：是目录，不是文件。" : $"{path}：文件不存在。");
            }

            if (info.Length > Limits.MaxFileBytes)
            {
                throw new UnreadableInputException($"{path}：文件过大（{info.Length / 1024.0 / 1024.0:F1} MB），超过上限 {Limits.MaxFileBytes / 1024 / 1024} MB。");
            }

            return ReadBounded(path, Limits.MaxFileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableInputException($"{path}：无法读取文件（{IoFailures.Describe(ex)}）。", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new UnreadableInputException($"“{path.Replace("\0", "\\0", StringComparison.Ordinal)}”：文件路径无效。", ex);
        }
    }

    // Reads at most limit + 1 bytes, so that a device or a file growing while read cannot exhaust memory.
    private static byte[] ReadBounded(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length <= limit && ReadWhole(stream) is { } whole)
        {
            return whole;
        }

        var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, limit) : 64 * 1024);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw new UnreadableInputException($"{path}：文件在读取时超过上限 {limit / 1024 / 1024} MB。");
            }
        }

        return buffer.ToArray();
    }

    // A regular file read straight into an array of its size (no chunk to zero, no copy: issue #16); null, with the
    // stream rewound, when its length changed while it was read.
    private static byte[]? ReadWhole(FileStream stream)
    {
        var bytes = new byte[stream.Length];
        var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (filled == bytes.Length && stream.ReadByte() < 0)
        {
            return bytes;
        }

        stream.Position = 0;
        return null;
    }

    /// <summary>Parses <paramref name="content"/>, the bytes of a file named <paramref name="file"/>.</summary>
    /// <remarks>A parse past <see cref="ReaderLimits.ReadTimeout"/> is abandoned and returned as a failure saying so.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public ParseResult Parse(ReadOnlyMemory<byte> content, string file, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ReadBudget.Run(Limits.ReadTimeout, budget => ParseWithin(content, file, budget),
            allowed => Failed(file, TimedOut(file, allowed)), cancellation);
    }

    private ParseResult ParseWithin(ReadOnlyMemory<byte> content, string file, ReadBudget budget)
    {
        SourceDocument document;
        try
        {
            document = Read(content, file, budget);
        }
        catch (UnreadableInputException ex)
        {
            return Failed(file, ex);
        }

        return Recognize(document, budget.Token);
    }

    /// <summary>Recognises the report in an already read document.</summary>
    public ParseResult Recognize(SourceDocument document) => Recognize(document, CancellationToken.None);

    private ParseResult Recognize(SourceDocument document, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(document);
        var report = ReportRecognizer.Recognize(document, cancellation);
        if (!ReportRecognizer.LooksLikeReport(report))
        {
            return Failed(document.File, $"{document.File}：未找到年度报告的标题、章节或统计表格，不是政府信息公开工作年度报告。");
        }

        return new ParseResult { File = document.File, Report = report };
    }

    private SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReadBudget budget)
    {
        if (content.Length > Limits.MaxFileBytes)
        {
            throw new UnreadableInputException($"{file}：文件过大（{content.Length / 1024.0 / 1024.0:F1} MB），超过上限 {Limits.MaxFileBytes / 1024 / 1024} MB。");
        }

        var kind = InputSniffer.Sniff(content.Span[..Math.Min(content.Length, InputSniffer.HeadLength)]);
        var reader = _readers.FirstOrDefault(r => r.CanRead(kind, content)) ?? throw new UnreadableInputException(Unsupported(kind, file));
        if (reader is LegacyOfficeReader legacy)
        {
            // LibreOffice's conversion has its own time limit; the budget is for our own work after it.
            budget.Extend(legacy.Timeout);
        }

        var document = reader.Read(content, file, Limits, budget.Token);
        return document with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span)) };
    }

    private static string Unsupported(InputKind kind, string file) => kind switch
    {
        InputKind.Empty => $"{file}：文件是空的。",
        InputKind.Image => $"{file}：这是图片文件，其中的文字和表格需要 OCR 识别，本工具不能直接读取。",
        InputKind.Pdf => $"{file}：这是 PDF 文件，当前版本尚不支持直接读取 PDF，请先提取文本。",
        InputKind.Zip => $"{file}：这是 ZIP/DOCX/XLSX 文件，当前版本尚不支持直接读取，请先提取文本。",
        InputKind.OleCompound => $"{file}：这是旧版 Office 文件（.doc/.xls/.wps），当前版本不能直接读取。",
        InputKind.Html => $"{file}：这是 HTML 网页，当前版本尚不支持直接读取，请先提取文本。",
        InputKind.Rtf => $"{file}：这是 RTF 文件，当前版本不能直接读取。",
        _ => $"{file}：不是可识别的文本或文档格式（二进制数据）。",
    };

    private static ParseResult Failed(string file, string message) => new() { File = file, Failure = message };

    // The message is Chinese; the library's own exception, if any, is kept as the technical detail.
    private static ParseResult Failed(string file, UnreadableInputException ex) => new()
    {
        File = file,
        Failure = ex.Message,
        FailureDetail = ex.InnerException is { } cause ? $"{cause.GetType().FullName}: {cause.Message}" : null,
    };

    private static string TimedOut(string file, TimeSpan allowed) =>
        $"{file}：读取超时（超过 {allowed.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} 秒），已跳过。";
}
