namespace Gongkai.Bench;

/// <summary>
/// <c>gongkai bench</c>: prepares the inputs (cached), runs the rows asked for and prints the table; with
/// <c>--markdown FILE</c> writes it as Markdown with the machine. Exit 0 when every row ran, 1 when one failed,
/// 3 on a wrong command line or a missing tool.
/// </summary>
internal static class BenchApp
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter log)
    {
        var root = RepositoryRoot();
        var (options, error) = BenchOptions.Parse(args, root);
        if (options is null)
        {
            log.WriteLine($"命令行错误：{error}");
            log.WriteLine("用法：gongkai bench [--quick] [--reports N] [--store-reports N] [--runs N] [--only 行,…] [--before 目录] [--pg 连接串] [--work 目录] [--cli 目录] [--markdown 文件]");
            return 3;
        }

        if (Missing(options) is { } missing)
        {
            log.WriteLine(missing);
            return 3;
        }

        var machine = MachineInfo.Read(root);
        log.WriteLine($"机器：{machine.Describe()}");
        var results = Measure(options, log);
        output.WriteLine();
        BenchTable.WriteText(output, results);
        if (options.Markdown is { } markdown)
        {
            using var writer = new StreamWriter(markdown);
            BenchTable.WriteMarkdown(writer, results, machine, options);
            log.WriteLine($"已写入 {markdown}");
        }

        return results.All(r => r.Current.Failure is null) ? 0 : 1;
    }

    /// <summary>Prepares the inputs of the rows <paramref name="options"/> asks for and measures them, in order.</summary>
    public static IReadOnlyList<RowResult> Measure(BenchOptions options, TextWriter log)
    {
        Directory.CreateDirectory(options.Work);
        var rows = Rows(options, log).Where(r => options.Wants(r.Id)).ToList();
        using var runner = new BenchRunner(options, log);
        var results = new List<RowResult>();
        foreach (var row in rows)
        {
            log.WriteLine($"正在测量：{row.Work}（{row.Reports} 份，{options.Runs} 次）");
            results.Add(runner.Run(row));
        }

        return results;
    }

    // Inputs are made only for the rows asked for: a --only rollup run needs no rendered files and no PDFs.
    private static IEnumerable<BenchRow> Rows(BenchOptions options, TextWriter log)
    {
        string[] fileRows = ["parse-text", "parse-html", "parse-docx", "parse-xlsx", "parse-pdf", "check-text", "import-sqlite", "import-pg"];
        if (fileRows.Any(options.Wants))
        {
            foreach (var row in BenchRows.OverFiles(BenchInputs.Prepare(options, log), options))
            {
                yield return row;
            }
        }

        if (BenchRows.StoreRowIds("sqlite").Any(options.Wants))
        {
            foreach (var row in BenchRows.OverStore("sqlite", BenchStore.Sqlite(options, log), options))
            {
                yield return row;
            }
        }

        if (options.Postgres is { } server && BenchRows.StoreRowIds("pg").Any(options.Wants))
        {
            foreach (var row in BenchRows.OverStore("pg", BenchStore.Postgres(options, server, log), options))
            {
                yield return row;
            }
        }
    }

    private static string? Missing(BenchOptions options)
    {
        if (!File.Exists(ProcessTimer.TimeTool))
        {
            return $"未找到 {ProcessTimer.TimeTool}（用于测量峰值内存）：请安装 Debian 软件包 time。";
        }

        foreach (var build in new[] { options.Cli, options.Before })
        {
            if (build is not null && CliBuild.Command(build) is null)
            {
                return $"在 {build} 中未找到 gongkai 可执行文件或 gongkai.dll：请先发布命令行工具（./gongkai --version 会构建 artifacts/cli），或用 --cli/--before 指定目录。";
            }
        }

        return null;
    }

    // The checkout: the folder holding Gongkai.slnx above this tool (artifacts/… or bin/…).
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
