using System.IO.Compression;
using Gongkai.Parsing.Pdf.Decoding;
using Gongkai.Parsing.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Parsing.Pdf.Bounds;

/// <summary>
/// Checks, before PdfPig decodes any page, that the document's content stays within <see cref="PdfReaderLimits"/>:
/// every page's content streams and the form XObjects they draw (recursively) are inflated in chunks, never past
/// the per-stream cap, and scanned for operators, glyph codes and drawn XObjects; a cap passed refuses the file
/// with a message naming it. Memory stays at one chunk and the counts; time at one pass over at most the caps.
/// </summary>
/// <remarks>
/// Found through PdfPig's structure (catalog, page tree, object lookup), leniently: a part that cannot be resolved
/// counts as empty, as PdfPig would then read it. A stream used by several pages or forms is inflated once but
/// counted each time it is drawn, since that is the work PdfPig will do. The pass is also the one inflation of the
/// content PdfPig reads (<see cref="DocumentFilters"/>: what it inflates it hands on), and it notes the font programs
/// PdfPig need not parse (<see cref="UnusedFontPrograms"/>).
/// </remarks>
internal sealed class PdfContentBudget
{
    private const int MaxReferenceHops = 16;
    private const int MaxTreeNodes = 100_000;
    private const int ChunkBytes = 64 * 1024;

    private static readonly NameToken Kids = NameToken.Create("Kids");
    private static readonly NameToken Resources = NameToken.Create("Resources");
    private static readonly NameToken Contents = NameToken.Create("Contents");
    private static readonly NameToken XObject = NameToken.Create("XObject");
    private static readonly NameToken Subtype = NameToken.Create("Subtype");
    private static readonly NameToken Filter = NameToken.Create("Filter");
    private static readonly NameToken PagesKey = NameToken.Create("Pages");
    private static readonly NameToken DecodeParms = NameToken.Create("DecodeParms");

    private readonly Structure _structure;
    private readonly PdfReaderLimits _limits;
    private readonly string _file;
    private readonly CancellationToken _cancellation;
    private readonly DocumentFilters? _filters;
    private readonly Dictionary<IndirectReference, StreamCost> _streams = [];
    private readonly Dictionary<IndirectReference, Cost> _forms = [];
    private readonly HashSet<IndirectReference> _formPath = [];
    private readonly HashSet<IndirectReference> _fonts = [];
    private int _page;

    private PdfContentBudget(Structure structure, PdfReaderLimits limits, string file, CancellationToken cancellation, DocumentFilters? filters)
    {
        _structure = structure;
        _filters = filters;
        _limits = limits;
        _file = file;
        _cancellation = cancellation;
    }

    /// <summary>
    /// Refuses <paramref name="document"/> with <see cref="UnreadableInputException"/> when its content passes a cap;
    /// hands what it inflates, and the font programs not needed, to <paramref name="filters"/>, the document's filters, when given.
    /// </summary>
    public static void Check(PdfDocument document, PdfReaderLimits limits, string file, CancellationToken cancellation, DocumentFilters? filters = null) =>
        new PdfContentBudget(document.Structure, limits, file, cancellation, filters).CheckPages();

    private void CheckPages()
    {
        var total = Cost.Zero;
        foreach (var (page, resources) in Pages())
        {
            _cancellation.ThrowIfCancellationRequested();
            _page++;
            var cost = PageCost(page, resources);
            Refuse(cost.Operators > _limits.MaxOperatorsPerPage, $"PDF 第 {_page} 页的绘制指令超过 {_limits.MaxOperatorsPerPage} 条（上限）");
            Refuse(cost.TextBytes > _limits.MaxTextBytesPerPage, $"PDF 第 {_page} 页的文字编码超过 {_limits.MaxTextBytesPerPage / 1024} KB（上限）");
            total += cost;
            Refuse(total.Bytes > _limits.MaxDocumentContentBytes, $"PDF 各页内容解压后合计超过 {_limits.MaxDocumentContentBytes / 1024 / 1024} MB（上限）");
            Refuse(total.Operators > _limits.MaxDocumentOperators, $"PDF 全文的绘制指令超过 {_limits.MaxDocumentOperators} 条（上限）");
            Refuse(total.TextBytes > _limits.MaxDocumentTextBytes, $"PDF 全文的文字编码超过 {_limits.MaxDocumentTextBytes / 1024 / 1024} MB（上限）");
        }
    }

    // The pages in document order with the resources each inherits, walking the page tree without recursion.
    private IEnumerable<(DictionaryToken Page, DictionaryToken? Resources)> Pages()
    {
        if (!_structure.Catalog.CatalogDictionary.TryGet(PagesKey, out var root))
        {
            yield break;
        }

        var seen = new HashSet<IndirectReference>();
        var stack = new Stack<(IToken Node, DictionaryToken? Resources)>();
        stack.Push((root, null));
        var nodes = 0;
        while (stack.Count > 0 && nodes++ < MaxTreeNodes)
        {
            var (token, inherited) = stack.Pop();
            if (token is IndirectReferenceToken reference && !seen.Add(reference.Data))
            {
                continue; // a cycle in the page tree
            }

            if (Resolve(token) is not DictionaryToken node)
            {
                continue;
            }

            var resources = Resolve(Get(node, Resources)) as DictionaryToken ?? inherited;
            if (Resolve(Get(node, Kids)) is ArrayToken kids)
            {
                for (var i = kids.Data.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids.Data[i], resources));
                }
            }
            else
            {
                yield return (node, resources);
            }
        }
    }

    private Cost PageCost(DictionaryToken page, DictionaryToken? resources)
    {
        SkipUnusedFontPrograms(resources);
        var cost = Cost.Zero;
        var contents = Get(page, Contents);
        var streams = Resolve(contents) is ArrayToken array ? array.Data : contents is null ? [] : [contents];
        foreach (var stream in streams)
        {
            cost += DrawnCost(Stream(stream), resources, depth: 0, drawer: null);
        }

        return cost;
    }

    // A content stream's own cost plus that of every form it draws, each time it draws it.
    // `drawer` is the form whose content this is (null for the page's own content).
    private Cost DrawnCost(StreamCost? stream, DictionaryToken? resources, int depth, IndirectReference? drawer)
    {
        if (stream is null)
        {
            return Cost.Zero;
        }

        var cost = stream.Own;
        var xobjects = Resolve(Get(resources, XObject)) as DictionaryToken;
        foreach (var name in stream.Drawn)
        {
            if (xobjects is not null && xobjects.Data.TryGetValue(name, out var drawn))
            {
                cost += FormCost(drawn, resources, depth + 1, drawer);
            }
        }

        return cost;
    }

    private Cost FormCost(IToken token, DictionaryToken? inherited, int depth, IndirectReference? drawer)
    {
        var reference = token is IndirectReferenceToken r ? r.Data : (IndirectReference?)null;
        if (reference is { } known && _forms.TryGetValue(known, out var cached))
        {
            return cached;
        }

        if (reference is { } onPath && _formPath.Contains(onPath))
        {
            // A form drawing itself directly is skipped by PdfPig (tested); a cycle through other forms is followed
            // until the stack overflows, which kills the process, so it is refused here.
            Refuse(!onPath.Equals(drawer), $"PDF 第 {_page} 页的表单对象互相引用，形成循环，无法读取");
            return Cost.Zero;
        }

        if (Resolve(token) is not StreamToken form || !(Resolve(Get(form.StreamDictionary, Subtype)) is NameToken { Data: "Form" }))
        {
            return Cost.Zero; // images cost nothing here: PdfPig does not decode them for text
        }

        Refuse(depth > _limits.MaxFormDepth, $"PDF 第 {_page} 页的表单对象嵌套超过 {_limits.MaxFormDepth} 层（上限）");
        if (reference is { } entered)
        {
            _formPath.Add(entered);
        }

        _cancellation.ThrowIfCancellationRequested();
        var resources = Resolve(Get(form.StreamDictionary, Resources)) as DictionaryToken ?? inherited;
        SkipUnusedFontPrograms(resources);
        var cost = DrawnCost(Stream(token), resources, depth, reference);
        if (reference is { } done)
        {
            _formPath.Remove(done);
            _forms[done] = cost;
        }

        return cost;
    }

    // The stream's own cost, inflated and scanned once per object.
    private StreamCost? Stream(IToken? token)
    {
        var reference = token is IndirectReferenceToken r ? r.Data : (IndirectReference?)null;
        if (reference is { } known && _streams.TryGetValue(known, out var cached))
        {
            return cached;
        }

        if (Resolve(token) is not StreamToken stream)
        {
            return null;
        }

        var scanner = new ContentStreamScanner();
        var bytes = Decode(stream, scanner);
        scanner.Finish();
        var cost = new StreamCost(new Cost(bytes, scanner.Operators, scanner.TextBytes), scanner.Drawn);
        if (reference is { } key)
        {
            _streams[key] = cost;
        }

        return cost;
    }

    // Feeds the stream's decoded bytes to the scanner and returns how many there were. FlateDecode is inflated here,
    // in chunks and never past the cap; the filters whose output is at most four times their input (ASCIIHex,
    // ASCII85) and the rare others are decoded by PdfPig's own filters, then measured.
    private long Decode(StreamToken stream, ContentStreamScanner scanner)
    {
        var filters = Resolve(Get(stream.StreamDictionary, Filter)) switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.Select(t => (Resolve(t) as NameToken)?.Data ?? "").ToList(),
            _ => new List<string>(),
        };
        var data = stream.Data;
        for (var i = 0; i < filters.Count; i++)
        {
            var last = i == filters.Count - 1;
            if (filters[i] is "FlateDecode" or "Fl")
            {
                if (last && filters.Count == 1 && _filters is not null && !stream.StreamDictionary.ContainsKey(DecodeParms) && _filters.CanRemember(data.Length))
                {
                    // The whole content as PdfPig's FlateDecode gives it (no predictor): kept for its page parsing.
                    var copy = new MemoryStream();
                    var (bytes, whole) = Inflate(data, scanner, copy);
                    if (whole)
                    {
                        _filters.Remember(stream.Data, copy.ToArray());
                    }

                    return bytes;
                }

                if (last)
                {
                    return Inflate(data, scanner).Bytes;
                }

                var inflated = new MemoryStream();
                Inflate(data, new ContentStreamScanner(), inflated);
                data = inflated.GetBuffer().AsMemory(0, (int)inflated.Length);
                continue;
            }

            var filter = DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(filters[i])]).FirstOrDefault();
            if (filter is null)
            {
                return 0; // unknown: PdfPig cannot decode it either
            }

            data = filter.Decode(data, stream.StreamDictionary, DefaultFilterProvider.Instance, i);
            RefuseStream(data.Length);
        }

        RefuseStream(data.Length);
        scanner.Feed(data.Span);
        return data.Length;
    }

    // zlib data as PdfPig reads it (its two header bytes skipped, then raw deflate), stopped at the stream cap; and
    // whether it was read to its end without damage (as PdfPig's FlateDecode would return it).
    private (long Bytes, bool Whole) Inflate(ReadOnlyMemory<byte> data, ContentStreamScanner scanner, MemoryStream? copy = null)
    {
        if (data.Length < 2)
        {
            return (0, false);
        }

        using var deflate = new DeflateStream(new MemoryStream(data[2..].ToArray(), writable: false), CompressionMode.Decompress);
        var chunk = new byte[ChunkBytes];
        long total = 0;
        try
        {
            int read;
            while ((read = deflate.Read(chunk, 0, chunk.Length)) > 0)
            {
                total += read;
                RefuseStream(total);
                scanner.Feed(chunk.AsSpan(0, read));
                copy?.Write(chunk, 0, read);
                if (total % (ChunkBytes * 64) < read)
                {
                    _cancellation.ThrowIfCancellationRequested();
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data ends the stream where PdfPig's reading of it ends too.
            return (total, false);
        }

        return (total, true);
    }

    private void SkipUnusedFontPrograms(DictionaryToken? resources)
    {
        if (_filters is not null)
        {
            foreach (var (program, use) in UnusedFontPrograms.In(resources, Resolve, _fonts))
            {
                _filters.Use(program.Data, use);
            }
        }
    }

    private void RefuseStream(long bytes) =>
        Refuse(bytes > _limits.MaxStreamBytes, $"PDF 第 {_page} 页的内容流解压后超过 {_limits.MaxStreamBytes / 1024 / 1024} MB（上限）");

    private void Refuse(bool passed, string what)
    {
        if (passed)
        {
            throw new UnreadableInputException($"{_file}：{what}，可能是恶意构造或已损坏的文件，已拒绝读取。");
        }
    }

    private static IToken? Get(DictionaryToken? dictionary, NameToken key) =>
        dictionary is not null && dictionary.TryGet(key, out var value) ? value : null;

    // Follows indirect references; an object PdfPig cannot find or parse counts as missing.
    private IToken? Resolve(IToken? token)
    {
        for (var hop = 0; token is IndirectReferenceToken reference && hop < MaxReferenceHops; hop++)
        {
            try
            {
                token = _structure.GetObject(reference.Data)?.Data;
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or UnreadableInputException))
            {
                return null;
            }
        }

        return token is IndirectReferenceToken ? null : token;
    }

    private readonly record struct Cost(long Bytes, long Operators, long TextBytes)
    {
        public static Cost Zero => default;

        // Saturating: forms drawing forms multiply, and a count past any cap is as good as infinite.
        public static Cost operator +(Cost a, Cost b) => new(Add(a.Bytes, b.Bytes), Add(a.Operators, b.Operators), Add(a.TextBytes, b.TextBytes));

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }

    private sealed record StreamCost(Cost Own, IReadOnlyList<string> Drawn);
}
