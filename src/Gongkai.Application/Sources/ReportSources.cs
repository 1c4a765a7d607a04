using Gongkai.Core.Diagnostics;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Application.Sources;

/// <summary>Loads a report from canonical JSON or from any document the pipeline reads (XLSX fill-in workbook, DOCX, HTML, …).</summary>
public static class ReportSources
{
    private const long MaxJsonBytes = 16L * 1024 * 1024;

    /// <summary>The report in <paramref name="path"/>, or why it cannot be read (Chinese, naming the file, with the technical detail).</summary>
    public static ParseResult Load(string path)
    {
        if (!File.Exists(path))
        {
            return Failed(path, $"{path}：文件不存在。", null);
        }

        try
        {
            if (LooksLikeJson(path))
            {
                var info = new FileInfo(path);
                if (info.Length > MaxJsonBytes)
                {
                    return Failed(path, $"{path}：JSON 文件过大（{info.Length / 1024 / 1024} MB），超过 {MaxJsonBytes / 1024 / 1024} MB。", null);
                }

                return new ParseResult { File = path, Report = ReportJsonReader.Read(File.ReadAllText(path), path) };
            }
        }
        catch (ReportJsonException ex)
        {
            return Failed(path, $"{path}：{ex.Message}", ex.InnerException);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"{path}：无法读取（{IoFailures.Describe(ex)}）。", ex);
        }

        return ReportPipelines.Full.ParseFile(path);
    }

    private static ParseResult Failed(string path, string message, Exception? cause) =>
        new() { File = path, Failure = message, FailureDetail = cause is null ? null : TechnicalDetail.Of(cause) };

    // By extension, or by content: a file starting with '{' (after a BOM and blanks) is JSON.
    private static bool LooksLikeJson(string path)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[64];
        var read = stream.Read(head);
        var text = head[..read];
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        var first = text.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return first >= 0 && text[first] == (byte)'{';
    }
}
