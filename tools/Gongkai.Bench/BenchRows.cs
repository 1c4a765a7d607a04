using System.Globalization;

namespace Gongkai.Bench;

/// <summary>The rows of the table, as the CLI's verbs take them (src/Gongkai.Cli/Commands).</summary>
internal static class BenchRows
{
    private static readonly int[] Ok = [0];

    // check and audit exit 2 when a report has errors, which synthetic provinces plant on purpose.
    private static readonly int[] OkOrProblems = [0, 2];

    /// <summary>The parse, check and import rows over the rendered files.</summary>
    public static IEnumerable<BenchRow> OverFiles(BenchInputs inputs, BenchOptions options)
    {
        var n = options.Reports;
        (string Id, string Format, string Label)[] parses =
            [("parse-text", "text", "文本（Markdown）"), ("parse-html", "html", "HTML"), ("parse-docx", "docx", "DOCX"), ("parse-xlsx", "xlsx", "XLSX")];
        foreach (var (id, format, label) in parses)
        {
            var folder = inputs.Of(format);
            yield return new BenchRow(id, $"parse {label}", n, s => ["parse", folder, "--out", s.PathOf("out")], [Cat(folder), Copy(folder)], Ok);
        }

        if (inputs.HasPdf)
        {
            var pdf = inputs.Of("pdf");
            var pdftotext = PdfPrinting.FindOnPath("pdftotext") is null
                ? []
                : new[] { new Baseline("pdftotext", _ => ["/bin/sh", "-c", "for f in \"$0\"/*.pdf; do pdftotext \"$f\" - >/dev/null || exit 1; done", pdf]) };
            yield return new BenchRow("parse-pdf", "parse PDF", n, s => ["parse", pdf, "--out", s.PathOf("out")], [Cat(pdf), Copy(pdf), .. pdftotext], Ok);
        }

        yield return new BenchRow("check-text", "check 文本", n, _ => ["check", inputs.Of("text")], [Cat(inputs.Of("text"))], OkOrProblems);
        yield return new BenchRow("import-sqlite", "import HTML → 新建 SQLite", n, s => ["import", inputs.Of("html"), "--registry", inputs.Registry, "--db", s.PathOf("import.db")], [], Ok);
        if (options.Postgres is not null)
        {
            yield return new BenchRow("import-pg", "import HTML → 新建 PostgreSQL", options.PostgresImportReports, s => ["import", inputs.Of("pg-import"), "--registry", inputs.Registry, "--db", s.FreshDatabase()], [], Ok);
        }
    }

    /// <summary>The roll-up, audit and export rows over a loaded store (<paramref name="engine"/>: sqlite or pg).</summary>
    public static IEnumerable<BenchRow> OverStore(string engine, string db, BenchOptions options)
    {
        var label = engine == "pg" ? "PostgreSQL" : "SQLite";
        var year = BenchStore.OneYear.ToString(CultureInfo.InvariantCulture);
        var first = BenchStore.FirstYear.ToString(CultureInfo.InvariantCulture);
        var last = (BenchStore.FirstYear + BenchStore.Years - 1).ToString(CultureInfo.InvariantCulture);
        var perYear = BenchStore.Units(options);
        var all = BenchStore.Reports(options);
        yield return new BenchRow($"rollup-year-{engine}", $"rollup 一年（{label}）", perYear, _ => ["rollup", "--year", year, "--db", db], [], Ok);
        yield return new BenchRow($"rollup-all-{engine}", $"rollup 全部年度（{label}）", all, _ => ["rollup", "--year", first, "--to-year", last, "--db", db], [], Ok);
        yield return new BenchRow($"audit-year-{engine}", $"audit 一年（{label}）", perYear, _ => ["audit", "--year", year, "--db", db], [], OkOrProblems);
        string[] export = ["export", "--format", "long", "--out"];
        var bytes = new Lazy<long>(() => ExportSize.Of([.. CliBuild.Command(options.Cli)!, .. export, "-", "--db", db]));
        yield return new BenchRow($"export-long-{engine}", $"export --format long（{label}）", all, s => [.. export, s.PathOf("export.csv"), "--db", db], [SameSize(bytes)], Ok);
        yield return new BenchRow($"export-stdout-{engine}", $"export --format long 到标准输出（{label}）", all, _ => [.. export, "-", "--db", db], [], Ok);
    }

    /// <summary>The store rows' ids for <paramref name="engine"/>, as <see cref="OverStore"/> names them.</summary>
    public static IEnumerable<string> StoreRowIds(string engine) =>
        ["rollup-year-" + engine, "rollup-all-" + engine, "audit-year-" + engine, "export-long-" + engine, "export-stdout-" + engine];

    // One cat process over the folder, as a user would read the files (the floor of any reader: I/O and process start).
    private static Baseline Cat(string folder) => new("cat", _ => ["/bin/sh", "-c", "cat -- \"$0\"/* >/dev/null", folder]);

    // One cp process copying the folder into the run's scratch: reading the files and creating as many new files, the
    // floor of `parse --out`, which writes one file per input (creating files costs kernel time that cat never pays;
    // docs/performance.md, "Method").
    private static Baseline Copy(string folder) => new("cp -r", s => ["cp", "-r", "--", folder, s.PathOf("out")]);

    // dd writing as many bytes as the export into the run's scratch: the floor of writing that file on this disk
    // (the export's CSV is gigabytes; the page cache's dirty limits make the disk's speed show).
    private static Baseline SameSize(Lazy<long> bytes) =>
        new("dd 同样大小", s => ["dd", "if=/dev/zero", "of=" + s.PathOf("dd.bin"), "bs=1M", $"count={(bytes.Value + (1 << 20) - 1) >> 20}", "status=none"]);
}
