using Gongkai.Application;

namespace Gongkai.Cli.Formatting;

/// <summary>Writes a Chinese failure message, and with <c>--verbose</c> the technical detail behind it on the next line.</summary>
internal static class FailureFormatter
{
    public static void Write(TextWriter writer, string message, string? detail, bool verbose, string indent = "")
    {
        writer.WriteLine(indent + message);
        if (verbose && detail is not null)
        {
            writer.WriteLine($"{indent}  （详细：{detail.ReplaceLineEndings(" ").Trim()}）");
        }
    }

    public static void Write(TextWriter writer, string message, Exception? cause, bool verbose, string indent = "") =>
        Write(writer, message, cause is null ? null : TechnicalDetail.Of(cause), verbose, indent);

    public static void Write(TextWriter writer, UseCaseFailure failure, bool verbose, string indent = "") =>
        Write(writer, failure.Message, failure.Detail, verbose, indent);
}
