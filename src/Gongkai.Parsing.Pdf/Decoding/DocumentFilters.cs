using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Parsing.Pdf.Decoding;

/// <summary>
/// The filters PdfPig decodes one document's streams with (<c>ParsingOptions.FilterProvider</c>): its own, except
/// that FlateDecode first answers from what this reader already knows about the stream, so that no stream is
/// inflated twice and no font program the reader never uses is inflated and parsed at all.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A content stream the content budget inflated (<see cref="Remember"/>) is handed to PdfPig as is: the
/// budget's pass over a page's content is also the decoding PdfPig's page parsing reads.</item>
/// <item>A font program set aside (<see cref="Skip"/>, found by <see cref="UnusedFontPrograms"/>) decodes to
/// nothing, which PdfPig reads as a font without an embedded program, taking widths and text from the font's
/// dictionaries as it always does for those fonts. Parsing an embedded TrueType program (and reading every glyph
/// outline for the first glyph box) was most of PdfPig's time on a page of a real report (issue #16).</item>
/// </list>
/// Streams are known by their dictionary, the object PdfPig's object cache hands to both the budget and its pages.
/// </remarks>
internal sealed class DocumentFilters : IFilterProvider
{
    /// <summary>Most inflated content kept for PdfPig per document; past it PdfPig inflates again, as before.</summary>
    public const long MaxRememberedBytes = 8L * 1024 * 1024;

    private readonly ConditionalWeakTable<DictionaryToken, byte[]> _inflated = [];
    private readonly ConditionalWeakTable<DictionaryToken, object> _skipped = [];
    private readonly SharingFlateFilter _flate;
    private long _remembered;

    public DocumentFilters() => _flate = new SharingFlateFilter(this);

    /// <summary>Whether the inflated content of a stream of <paramref name="bytes"/> bytes would still be kept.</summary>
    public bool CanRemember(long bytes) => _remembered + bytes <= MaxRememberedBytes;

    /// <summary>Keeps the whole inflated content of the stream whose only filter is FlateDecode, without parameters.</summary>
    public void Remember(DictionaryToken stream, byte[] inflated)
    {
        if (CanRemember(inflated.Length) && _inflated.TryAdd(stream, inflated))
        {
            _remembered += inflated.Length;
        }
    }

    /// <summary>Has the font program stream decode to nothing.</summary>
    public void Skip(DictionaryToken fontProgram) => _skipped.AddOrUpdate(fontProgram, this);

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Share(DefaultFilterProvider.Instance.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Share(DefaultFilterProvider.Instance.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => DefaultFilterProvider.Instance.GetAllFilters();

    private IReadOnlyList<IFilter> Share(IReadOnlyList<IFilter> filters)
    {
        for (var i = 0; i < filters.Count; i++)
        {
            if (filters[i] is FlateFilter)
            {
                return [.. filters.Select(f => f is FlateFilter ? _flate : f)];
            }
        }

        return filters;
    }

    private sealed class SharingFlateFilter(DocumentFilters owner) : IFilter
    {
        private static readonly FlateFilter Flate = new();

        public bool IsSupported => true;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filterIndex == 0 && owner._skipped.TryGetValue(streamDictionary, out _))
            {
                return Memory<byte>.Empty;
            }

            // Remembered only for a stream whose single filter this is, so the first filter's output is the content.
            return filterIndex == 0 && owner._inflated.TryGetValue(streamDictionary, out var inflated)
                ? inflated
                : Flate.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
    }
}
