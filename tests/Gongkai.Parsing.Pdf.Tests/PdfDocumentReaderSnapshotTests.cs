using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pdf.Tests.Support;
using Gongkai.Testing;

namespace Gongkai.Parsing.Pdf.Tests;

/// <summary>
/// Every multi-page PDF fixture reads to exactly what the reader made of it before the one-pass layout (issue #16):
/// every block, cell, source (page, line, cell, box to the last bit) and diagnostic, kept in <c>Snapshots/</c>.
/// The shared corpus's PDFs, which may not be copied into the repository, are kept as the SHA-256 of the same
/// description (<c>Snapshots/corpus.sha256</c>).
/// </summary>
/// <remarks>
/// Generated from main at 951e3e0 with <c>GONGKAI_UPDATE_PDF_SNAPSHOTS=1</c>. A deliberate change of the reading
/// regenerates them the same way, and the diff of the snapshots is then reviewed with the change.
/// </remarks>
public sealed class PdfDocumentReaderSnapshotTests
{
    private static string Snapshots => Path.Combine(RepositoryRoot.Path, "tests", "Gongkai.Parsing.Pdf.Tests", "Snapshots");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ReaderFixtures.Raw, "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_reads_to_the_same_blocks_sources_and_diagnostics_as_its_snapshot(string name)
    {
        var actual = Describe(PdfFiles.Read(File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, name)), name));
        var snapshot = Path.Combine(Snapshots, Path.GetFileNameWithoutExtension(name) + ".txt");
        if (Updating)
        {
            File.WriteAllText(snapshot, actual);
        }

        Assert.Equal(File.ReadAllText(snapshot), actual);
    }

    public static TheoryData<string> CorpusPdfs()
    {
        var data = new TheoryData<string>();
        var known = CorpusHashes();
        foreach (var file in SharedCorpus.Root is { } corpus ? Directory.EnumerateFiles(Path.Combine(corpus, "raw"), "*.pdf").Order(StringComparer.Ordinal).ToList() : [])
        {
            if (known.ContainsKey(Path.GetFileName(file)) || Updating)
            {
                data.Add(Path.GetFileName(file));
            }
        }

        if (data.Count == 0)
        {
            data.Add("(no shared corpus PDF with a snapshot on this machine)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void A_shared_corpus_pdf_reads_to_the_description_its_hash_was_taken_from(string name)
    {
        if (SharedCorpus.Root is not { } corpus || !File.Exists(Path.Combine(corpus, "raw", name)))
        {
            return; // nothing to compare on a machine without the corpus
        }

        var description = Describe(PdfFiles.Read(File.ReadAllBytes(Path.Combine(corpus, "raw", name)), name));
        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)));
        if (Updating)
        {
            var hashes = CorpusHashes();
            hashes[name] = actual;
            File.WriteAllLines(CorpusHashFile, hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Value}  {h.Key}"));
        }

        Assert.Equal(CorpusHashes()[name], actual);
    }

    private static bool Updating => Environment.GetEnvironmentVariable("GONGKAI_UPDATE_PDF_SNAPSHOTS") == "1";

    private static string CorpusHashFile => Path.Combine(Snapshots, "corpus.sha256");

    private static Dictionary<string, string> CorpusHashes() => File.Exists(CorpusHashFile)
        ? File.ReadAllLines(CorpusHashFile).Where(l => l.Length > 0).Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal)
        : new Dictionary<string, string>(StringComparer.Ordinal);

    // One line per paragraph, image, table row and cell, and diagnostic; doubles round-trip exactly.
    private static string Describe(SourceDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SourceParagraph paragraph:
                    text.Append(CultureInfo.InvariantCulture, $"P{paragraph.HeadingLevel} {Source(paragraph.Source)} {paragraph.Text}");
                    text.Append(paragraph.Printed == paragraph.Text ? "\n" : $" (printed {paragraph.Printed})\n");
                    break;
                case SourceImage image:
                    text.Append(CultureInfo.InvariantCulture, $"I {Source(image.Source)} {image.Description}\n");
                    break;
                case SourceTable table:
                    text.Append(CultureInfo.InvariantCulture, $"T{(table.IsGrid ? " grid" : "")} {Source(table.Source)}\n");
                    foreach (var row in table.Rows)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"  R {Source(row.Source)}\n");
                        foreach (var cell in row.Cells)
                        {
                            text.Append(CultureInfo.InvariantCulture, $"    C {Source(cell.Source)} {cell.Text}");
                            text.Append(cell.Printed == cell.Text ? "\n" : $" (printed {cell.Printed})\n");
                        }
                    }

                    break;
                default:
                    text.Append(block.GetType().Name).Append('\n');
                    break;
            }
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"D {diagnostic.Code} {diagnostic.Severity} {Source(diagnostic.Source)} {diagnostic.Message} {string.Join(',', diagnostic.Cells)}\n");
        }

        return text.ToString();
    }

    private static string Source(SourceRef source) =>
        string.Create(CultureInfo.InvariantCulture, $"{source.File}:p{source.Page}:L{source.Line}:c{source.Cell}") +
        (source.Box is { } box ? string.Create(CultureInfo.InvariantCulture, $"[{box.X0:R},{box.Y0:R},{box.X1:R},{box.Y1:R}]") : "");
}
