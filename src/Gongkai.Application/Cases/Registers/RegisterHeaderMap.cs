using System.Text;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// Which column of a sheet holds which register field: the one place that matches headers — the template's own, the
/// synonyms of <see cref="RegisterColumns"/>, and an explicit mapping of the agency's headers (<c>我方列名=申请人姓名</c>).
/// </summary>
public sealed class RegisterHeaderMap
{
    // The header row is looked for among the first rows: agencies' sheets often start with a title.
    private const int HeaderSearchRows = 10;

    private RegisterHeaderMap(int headerRow, IReadOnlyDictionary<RegisterField, int> columns, IReadOnlyList<string> ignored)
    {
        HeaderRow = headerRow;
        Columns = columns;
        Ignored = ignored;
    }

    /// <summary>The sheet row (1-based) of the header.</summary>
    public int HeaderRow { get; }

    /// <summary>Each mapped field's column (0-based).</summary>
    public IReadOnlyDictionary<RegisterField, int> Columns { get; }

    /// <summary>Headers that match no field (their columns are not imported).</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>
    /// The map of the first of the sheet's first rows that names at least two fields, or the problems (Chinese, naming
    /// the file): no header row, a required column missing, or two columns for the same field.
    /// </summary>
    /// <param name="rows">The sheet's rows (row number and cells).</param>
    /// <param name="mapping">The agency's header → a template header (or a synonym), applied before the synonyms.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="problems">Where problems are added.</param>
    public static RegisterHeaderMap? Find(IReadOnlyList<(int Row, string[] Cells)> rows, IReadOnlyDictionary<string, string> mapping, string file, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(mapping);
        var explicitMap = mapping.ToDictionary(m => Normalize(m.Key), m => m.Value, StringComparer.Ordinal);
        foreach (var (row, cells) in rows.Take(HeaderSearchRows))
        {
            var fields = cells.Select(c => FieldOf(c, explicitMap)).ToList();
            if (fields.Count(f => f is not null) < 2)
            {
                continue;
            }

            var columns = new Dictionary<RegisterField, int>();
            var before = problems.Count;
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] is not { } field)
                {
                    continue;
                }

                if (columns.TryGetValue(field, out var first))
                {
                    problems.Add($"{file}：第 {row} 行表头“{cells[first].Trim()}”和“{cells[i].Trim()}”都对应「{RegisterColumns.Header(field)}」，请删去一列或用 --map 指定。");
                    continue;
                }

                columns[field] = i;
            }

            var missing = RegisterColumns.All.Where(c => c.Required && !columns.ContainsKey(c.Field)).Select(c => c.Header).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{file}：第 {row} 行表头缺少必填列：{string.Join("、", missing)}（可用 --map \"我方列名=模板列名\" 指定对应关系）。");
            }

            var ignored = cells.Where((c, i) => c.Trim().Length > 0 && fields[i] is null).Select(c => c.Trim()).ToList();
            return problems.Count > before ? null : new RegisterHeaderMap(row, columns, ignored);
        }

        problems.Add($"{file}：前 {HeaderSearchRows} 行中找不到登记台账的表头（如“申请编号”“收到申请日期”“申请人类型”），请使用本系统的模板或用 --map 指定列名。");
        return null;
    }

    /// <summary>
    /// The explicit mapping of <c>我方列名=模板列名</c> pairs (from <c>--map</c> or a mapping file's lines; blank lines and
    /// lines starting with # are skipped); a target that is no register column is a problem.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ParseMapping(IEnumerable<string> pairs, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in pairs)
        {
            var pair = raw.Trim();
            if (pair.Length == 0 || pair.StartsWith('#'))
            {
                continue;
            }

            var equals = pair.IndexOfAny(['=', '＝']);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                problems.Add($"列名对应“{pair}”的格式应为“我方列名=模板列名”。");
                continue;
            }

            var target = pair[(equals + 1)..].Trim();
            if (FieldOf(target, new Dictionary<string, string>()) is null)
            {
                problems.Add($"列名对应“{pair}”：“{target}”不是登记台账的列（可选：{string.Join("、", RegisterColumns.All.Select(c => c.Header))}）。");
                continue;
            }

            map[pair[..equals].Trim()] = target;
        }

        return map;
    }

    /// <summary>A header without white space, brackets, slashes and required-marks, full-width forms folded.</summary>
    public static string Normalize(string header)
    {
        var text = header.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && "()[]/\\*:、·-_【】".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static RegisterField? FieldOf(string header, Dictionary<string, string> explicitMap)
    {
        var key = Normalize(header);
        if (key.Length == 0)
        {
            return null;
        }

        if (explicitMap.TryGetValue(key, out var target))
        {
            key = Normalize(target);
        }

        foreach (var column in RegisterColumns.All)
        {
            if (Normalize(column.Header) == key || column.Synonyms.Any(s => Normalize(s) == key))
            {
                return column.Field;
            }
        }

        return null;
    }
}
