using System.Globalization;
using Gongkai.Application.Units;

namespace Gongkai.Eval;

/// <summary>
/// The report files of a corpus without truth (like <c>../shared/corpus/wild</c>): the ones its <c>INDEX.csv</c>
/// lists (column <c>file</c>, a path relative to the corpus; column <c>year</c>, the report year its publisher gives,
/// optional), or else every file under the corpus except hidden ones and the corpus's own descriptions.
/// </summary>
/// <param name="Files">The report files, full paths, sorted.</param>
/// <param name="Years">The year the index gives for a file (by full path); empty without an index.</param>
/// <param name="Warnings">What is wrong with the index, in Chinese; empty when nothing is.</param>
internal sealed record CorpusIndex(IReadOnlyList<string> Files, IReadOnlyDictionary<string, int> Years, IReadOnlyList<string> Warnings)
{
    /// <summary>The index's file name in the corpus directory.</summary>
    public const string FileName = "INDEX.csv";

    // Files at the corpus's root that describe it rather than being reports.
    private static readonly HashSet<string> Descriptions = new(StringComparer.OrdinalIgnoreCase) { FileName, CorpusManifest.FileName, "README.md", "README.txt", "LICENSE" };

    /// <summary>The report files of the corpus at <paramref name="directory"/>.</summary>
    public static CorpusIndex Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var index = Path.Combine(directory, FileName);
        return File.Exists(index) ? FromIndex(directory, File.ReadAllText(index)) : new CorpusIndex(Walk(directory), new Dictionary<string, int>(), []);
    }

    /// <summary>The files listed by the index text <paramref name="csv"/> of the corpus at <paramref name="directory"/>.</summary>
    public static CorpusIndex FromIndex(string directory, string csv)
    {
        var records = CsvRecords.Parse(csv).ToList();
        var header = records.FirstOrDefault()?.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList() ?? [];
        var fileColumn = header.FindIndex(h => string.Equals(h, "file", StringComparison.OrdinalIgnoreCase));
        if (fileColumn < 0)
        {
            return new CorpusIndex(Walk(directory), new Dictionary<string, int>(), [$"{FileName} 没有 file 列，改为评测目录下的全部文件。"]);
        }

        var yearColumn = header.FindIndex(h => string.Equals(h, "year", StringComparison.OrdinalIgnoreCase));
        var files = new List<string>();
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (var record in records.Skip(1).Where(r => r.Fields.Any(f => f.Trim().Length > 0)))
        {
            var relative = record.Fields.ElementAtOrDefault(fileColumn)?.Trim() ?? "";
            var path = Path.GetFullPath(Path.Combine(directory, relative));
            if (relative.Length == 0 || !File.Exists(path))
            {
                warnings.Add($"{FileName} 第 {record.Line} 行列出的文件不存在：{relative}");
                continue;
            }

            files.Add(path);
            if (yearColumn >= 0 && int.TryParse(record.Fields.ElementAtOrDefault(yearColumn)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                years[path] = year;
            }
        }

        return new CorpusIndex([.. files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], years, warnings);
    }

    /// <summary>The folder <paramref name="file"/> came from, as the summary groups by: its parent directory's name (or 根目录).</summary>
    public static string SourceOf(string directory, string file)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(file)) ?? "";
        return string.Equals(Path.TrimEndingDirectorySeparator(parent), Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)), StringComparison.Ordinal)
            ? "（根目录）"
            : Path.GetFileName(parent);
    }

    private static List<string> Walk(string directory)
    {
        var root = Path.GetFullPath(directory);
        return [.. Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Where(f => !(Path.GetDirectoryName(f) == root && Descriptions.Contains(Path.GetFileName(f))))
            .Order(StringComparer.Ordinal)];
    }
}
