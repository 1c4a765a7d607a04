using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Gongkai.Reporting;
using Gongkai.Synthetic;

namespace Gongkai.Bench;

/// <summary>
/// The files the parse, check and import rows read, made once into <c>WORK/inputs-N</c> and reused while their
/// recipe holds: N distinct synthetic reports (tools/Gongkai.Synthetic) rendered by the product's renderers as
/// Markdown (the text format), HTML, DOCX and the fill-in XLSX; PDFs printed by LibreOffice from the first DOCX and
/// copied up to N; the registry of the province; and, with PostgreSQL, 10 × N HTML reports for its import row.
/// </summary>
internal sealed class BenchInputs
{
    private const int Seed = 7;

    private BenchInputs(string folder) => Folder = folder;

    public string Folder { get; }

    public string Registry => Path.Combine(Folder, "registry.csv");

    /// <summary>The folder of one format: text, html, docx, xlsx, pdf, pg-import.</summary>
    public string Of(string format) => Path.Combine(Folder, format);

    /// <summary>Whether PDFs could be made (LibreOffice present).</summary>
    public bool HasPdf => Directory.Exists(Of("pdf"));

    public static BenchInputs Prepare(BenchOptions options, TextWriter log)
    {
        var inputs = new BenchInputs(Path.Combine(options.Work, $"inputs-{options.Reports}"));
        var total = options.Postgres is null ? options.Reports : options.PostgresImportReports;
        var recipe = Recipe.Of($"inputs seed {Seed}; {options.Reports} per format; {total} reports; pdf {options.DistinctPdfs}", typeof(RenderFormat).Assembly, typeof(SyntheticProvince).Assembly);
        var stamp = Path.Combine(inputs.Folder, "recipe.txt");
        if (Recipe.IsCurrent(stamp, recipe) && (options.Postgres is null || Directory.Exists(inputs.Of("pg-import"))))
        {
            log.WriteLine($"沿用已生成的输入：{inputs.Folder}");
            return inputs;
        }

        if (Directory.Exists(inputs.Folder))
        {
            Directory.Delete(inputs.Folder, recursive: true);
        }

        Directory.CreateDirectory(inputs.Folder);
        var watch = Stopwatch.StartNew();
        inputs.Render(options, total);
        log.WriteLine($"已生成 {options.Reports} 份报告（文本、HTML、DOCX、XLSX 各一份）{(total > options.Reports ? $"及 {total} 份 PostgreSQL 导入用 HTML" : "")}，用时 {watch.Elapsed.TotalSeconds:F0} 秒。");
        if (PdfPrinting.Print(Directory.GetFiles(inputs.Of("docx")).Order(StringComparer.Ordinal).Take(options.DistinctPdfs).ToList(), inputs.Of("pdf"), options.Reports, log) is { } missing)
        {
            log.WriteLine(missing);
        }

        Recipe.Write(stamp, recipe);
        return inputs;
    }

    // Reports in generation order; each of the first N in every format, the first 10 × N as HTML for the PostgreSQL import.
    private void Render(BenchOptions options, int total)
    {
        // The province's units have ten years each, less the planted "missing" years; a unit per 8 reports is ample.
        var province = SyntheticProvince.Create(seed: Seed, units: Math.Max(BenchStore.MinimumUnits, (total / 8) + 2), years: 10);
        using (var registry = new StreamWriter(Registry, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            ProvinceFiles.WriteRegistry(province.Units, registry);
        }

        string[] formats = ["text", "html", "docx", "xlsx", "pg-import"];
        foreach (var format in formats)
        {
            if (format != "pg-import" || total > options.Reports)
            {
                Directory.CreateDirectory(Of(format));
            }
        }

        var numbered = province.Reports().Take(total).Select((report, index) => (report, index));
        Parallel.ForEach(Partitioner.Create(numbered, EnumerablePartitionerOptions.NoBuffering), item =>
        {
            var (report, index) = item;
            var name = $"{index:D6}-{report.Unit.Code}-{report.Year}{(report.Version > 1 ? $"-v{report.Version}" : "")}";
            var document = ReportDocument.From(report.Report);
            if (index >= options.Reports)
            {
                Write(Path.Combine(Of("pg-import"), name + ".html"), RenderFormat.Html, document);
                return;
            }

            Write(Path.Combine(Of("text"), name + ".md"), RenderFormat.Markdown, document);
            Write(Path.Combine(Of("html"), name + ".html"), RenderFormat.Html, document);
            Write(Path.Combine(Of("docx"), name + ".docx"), RenderFormat.Docx, document);
            Write(Path.Combine(Of("xlsx"), name + ".xlsx"), RenderFormat.Xlsx, document);
            if (total > options.Reports)
            {
                File.Copy(Path.Combine(Of("html"), name + ".html"), Path.Combine(Of("pg-import"), name + ".html"));
            }
        });
    }

    private static void Write(string path, RenderFormat format, ReportDocument document)
    {
        using var stream = File.Create(path);
        format.Write(document, stream);
    }
}
