using Gongkai.Application.Units;

namespace Gongkai.Eval;

/// <summary>
/// A corpus's optional <c>manifest.csv</c>: a header row naming the columns, one of them <c>file</c> (the raw file's
/// name), then one row per raw file. <c>gongkai eval</c> groups its accuracy by every other column. Any columns, any
/// directory: a malformed manifest gives Chinese warnings and is used as far as it is readable, never a crash.
/// </summary>
/// <param name="Columns">The columns to group by, in the header's order (without <c>file</c>).</param>
/// <param name="Rows">Each listed file's values by column, keyed by the file's name.</param>
/// <param name="Warnings">What is wrong with the manifest, in Chinese; empty when nothing is.</param>
internal sealed record CorpusManifest(IReadOnlyList<string> Columns, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Rows, IReadOnlyList<string> Warnings)
{
    /// <summary>The manifest's file name in the corpus directory.</summary>
    public const string FileName = "manifest.csv";

    /// <summary>The column naming the raw file.</summary>
    public const string FileColumn = "file";

    /// <summary>More rows than this are not read (a manifest lists the corpus's files, not millions of lines).</summary>
    public const int MaxRows = 100_000;

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["producer"] = "按生成工具",
        ["class"] = "按类别",
        ["table"] = "按表格样式",
        ["page"] = "按纸张",
        ["font"] = "按字体",
        ["source"] = "按来源",
    };

    /// <summary>The summary's label for <paramref name="column"/>: the known columns in Chinese, others by their name.</summary>
    public static string Label(string column) => Labels.TryGetValue(column, out var label) ? label : $"按 {column}";

    /// <summary>The manifest of the corpus at <paramref name="directory"/>, or null when it has none.</summary>
    public static CorpusManifest? Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadLines(path).Take(MaxRows + 1).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Empty($"{FileName} 无法读取（{ex.GetType().Name}），未按其分组。");
        }

        return Parse(lines);
    }

    /// <summary>The manifest held by <paramref name="lines"/> (its header first).</summary>
    public static CorpusManifest Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var content = lines.Select((line, index) => (Line: line.TrimStart('\uFEFF'), Number: index + 1)).Where(l => l.Line.Trim().Length > 0).ToList();
        if (content.Count == 0)
        {
            return Empty($"{FileName} 是空的，未按其分组。");
        }

        var header = Fields(content[0].Line);
        var fileIndex = header.FindIndex(h => string.Equals(h, FileColumn, StringComparison.OrdinalIgnoreCase));
        if (fileIndex < 0 || header.Any(h => h.Length == 0) || header.Distinct(StringComparer.OrdinalIgnoreCase).Count() != header.Count)
        {
            return Empty($"{FileName} 的表头无效（需要不重复的列名，其中一列为 {FileColumn}），未按其分组。");
        }

        var warnings = new List<string>();
        var rows = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (line, number) in content.Skip(1))
        {
            var fields = Fields(line);
            if (fields.Count != header.Count)
            {
                warnings.Add($"{FileName} 第 {number} 行有 {fields.Count} 列，表头有 {header.Count} 列，已忽略该行。");
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                if (i != fileIndex)
                {
                    values[header[i]] = fields[i];
                }
            }

            if (!rows.TryAdd(fields[fileIndex], values))
            {
                warnings.Add($"{FileName} 第 {number} 行重复列出了 {fields[fileIndex]}，已忽略该行。");
            }
        }

        if (lines.Count > MaxRows)
        {
            warnings.Add($"{FileName} 超过 {MaxRows} 行，其余各行未读取。");
        }

        return new CorpusManifest([.. header.Where((_, i) => i != fileIndex)], rows, warnings);
    }

    /// <summary>Whether the manifest has a row for the raw file <paramref name="rawFile"/>.</summary>
    public bool Lists(string rawFile) => Rows.ContainsKey(Path.GetFileName(rawFile));

    /// <summary>The value of <paramref name="column"/> for the raw file <paramref name="rawFile"/>, or null when the manifest does not list it.</summary>
    public string? ValueOf(string rawFile, string column) =>
        Rows.TryGetValue(Path.GetFileName(rawFile), out var values) && values.TryGetValue(column, out var value) ? value : null;

    private static CorpusManifest Empty(string warning) => new([], new Dictionary<string, IReadOnlyDictionary<string, string>>(), [warning]);

    // One CSV line, its fields trimmed (the registry's RFC 4180 reader; a manifest row is one line).
    private static List<string> Fields(string line) =>
        [.. CsvRecords.Parse(line).FirstOrDefault()?.Fields.Select(f => f.Trim()) ?? []];
}
