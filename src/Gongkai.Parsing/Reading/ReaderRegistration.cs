using Gongkai.Parsing.Pipeline;

namespace Gongkai.Parsing.Reading;

/// <summary>The one way a native reader registers on a pipeline: its <c>Use…</c> extension names its factory and limits.</summary>
public static class ReaderRegistration
{
    /// <summary>Adds the reader <paramref name="create"/> makes with <paramref name="limits"/>, or with the format's defaults.</summary>
    public static ReportPipelineBuilder UseReader<TLimits>(this ReportPipelineBuilder builder, TLimits? limits, Func<TLimits, IDocumentReader> create)
        where TLimits : FormatReaderLimits<TLimits>, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(create);
        return builder.UseReader(create(limits ?? FormatReaderLimits<TLimits>.Default));
    }
}
