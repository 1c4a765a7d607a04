using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Reading.Text;

namespace Gongkai.Parsing.Pipeline;

/// <summary>Configures a <see cref="ReportPipeline"/>: readers and limits.</summary>
/// <remarks>Format readers of other assemblies (HTML, DOCX, PDF) register with <see cref="UseReader"/>.</remarks>
public sealed class ReportPipelineBuilder
{
    private readonly List<IDocumentReader> _readers = [TextDocumentReader.Instance];
    private ReaderLimits _limits = ReaderLimits.Default;

    /// <summary>Adds a reader; later readers are asked first.</summary>
    public ReportPipelineBuilder UseReader(IDocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers.Insert(0, reader);
        return this;
    }

    /// <summary>Reads legacy .doc/.wps/.xls files by converting them with LibreOffice, when it is installed.</summary>
    public ReportPipelineBuilder UseLegacyOffice(TimeSpan? timeout = null) => UseReader(new LegacyOfficeReader(timeout ?? TimeSpan.FromSeconds(120)));

    /// <summary>Adds the legacy Office reader converting with <paramref name="install"/> (tests describe a machine with parts of LibreOffice missing).</summary>
    public ReportPipelineBuilder UseLegacyOffice(LibreOfficeInstall install) => UseReader(new LegacyOfficeReader(TimeSpan.FromSeconds(120), install));

    /// <summary>Sets the input limits.</summary>
    public ReportPipelineBuilder WithLimits(ReaderLimits limits)
    {
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        return this;
    }

    /// <summary>The immutable, thread-safe pipeline.</summary>
    public ReportPipeline Build() => new([.. _readers], _limits);
}
