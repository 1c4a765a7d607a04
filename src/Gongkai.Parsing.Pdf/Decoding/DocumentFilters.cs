using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Parsing.Pdf.Decoding;

/// <summary>
/// The filters PdfPig decodes one document's streams with (<c>ParsingOptions.FilterProvider</c>): its own, except
/// that FlateDecode first answers from what this reader already knows about the stream, so that no content stream
/// is inflated twice and no font program the reader never uses is inflated and parsed at all.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A content stream the content budget inflated (<see cref="Remember"/>) is handed to PdfPig as is: the
/// budget's pass over a page's content is also the decoding PdfPig's page parsing reads.</item>
/// <item>A font program set aside (<see cref="Use"/> with <see cref="FontProgramUse.None"/>, found by
/// <see cref="UnusedFontPrograms"/>) decodes to nothing, which PdfPig reads as a font without an embedded program,
/// taking widths and text from the font's dictionaries as it always does for those fonts. Parsing an embedded
/// TrueType program (and reading every glyph outline for the first glyph box) was most of PdfPig's time on a page of
/// a real report (issue #16).</item>
/// <item>A Type 1 program whose outlines are not needed (<see cref="FontProgramUse.ClearText"/>) decodes to its
/// clear text (<see cref="Type1ClearText"/>), unless the filters keep outlines (the reader's second reading of a
/// document whose letters turned out to need their ink, <see cref="PdfDocumentReader"/>).</item>
/// </list>
/// A program shared by fonts is given as whole as the most demanding of them needs.
/// PdfPig reads a stream object anew each time it is asked for (it caches other objects, not streams), so a stream
/// is known by its encoded bytes: the same length, then the same bytes.
/// </remarks>
internal sealed class DocumentFilters : IFilterProvider
{
    /// <summary>Most inflated content kept for PdfPig per document; past it PdfPig inflates again, as before.</summary>
    public const long MaxRememberedBytes = 8L * 1024 * 1024;

    private readonly EncodedStreams<byte[]> _inflated = new();
    private readonly EncodedStreams<FontProgramUse> _programs = new();
    private readonly SharingFlateFilter _flate;
    private readonly bool _keepsOutlines;
    private long _remembered;

    /// <summary>The filters of one document; <paramref name="keepsOutlines"/> has every Type 1 program decoded whole.</summary>
    public DocumentFilters(bool keepsOutlines = false)
    {
        _flate = new SharingFlateFilter(this);
        _keepsOutlines = keepsOutlines;
    }

    /// <summary>Whether a Type 1 program was handed on without its outlines: its letters' ink boxes are their advances.</summary>
    public bool DroppedOutlines { get; private set; }

    /// <summary>Whether the inflated content of a stream of <paramref name="bytes"/> bytes would still be kept.</summary>
    public bool CanRemember(long bytes) => _remembered + bytes <= MaxRememberedBytes;

    /// <summary>Keeps the whole inflated content of the stream (encoded as <paramref name="encoded"/>) whose only filter is FlateDecode, without parameters.</summary>
    public void Remember(ReadOnlyMemory<byte> encoded, byte[] inflated)
    {
        if (CanRemember(inflated.Length) && _inflated.TryAdd(encoded, inflated))
        {
            _remembered += inflated.Length;
        }
    }

    /// <summary>Has the font program (encoded as <paramref name="encoded"/>) decode to what <paramref name="use"/> needs, or to more if another font using it needs more.</summary>
    public void Use(ReadOnlyMemory<byte> encoded, FontProgramUse use)
    {
        if (!_programs.TryGet(encoded.Span, out var known) || known < use)
        {
            _programs.Set(encoded, use);
        }
    }

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
            // Only the first filter's input is the stream as stored; what is known is known of single-filter streams.
            if (filterIndex == 0)
            {
                if (owner._programs.TryGet(input.Span, out var use) && use != FontProgramUse.Whole)
                {
                    if (use == FontProgramUse.None)
                    {
                        return Memory<byte>.Empty;
                    }

                    if (!owner._keepsOutlines && Type1ClearText.Read(input, streamDictionary) is { } clearText)
                    {
                        owner.DroppedOutlines = true;
                        return clearText;
                    }
                }

                if (owner._inflated.TryGet(input.Span, out var inflated))
                {
                    return inflated;
                }
            }

            return Flate.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
    }
}
