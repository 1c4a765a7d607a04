using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Reading.Text;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Units;

/// <summary>Reads the registry CSV (docs/store.md, "Registry CSV").</summary>
/// <remarks>
/// Columns <c>code,name,level,region,parent,aliases</c> with a header row, in any order; RFC 4180 quoting;
/// aliases separated by <c>;</c> or <c>；</c>. UTF-8 (with or without BOM), UTF-16 or GB18030 as Excel saves it.
/// Every problem is collected with its line number, so the user fixes the file once.
/// </remarks>
public static class RegistryCsv
{
    private static readonly string[] Required = ["code", "name", "level", "region"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static RegistryReadResult Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new([], [$"{path}：无法读取单位名录文件（{IoFailures.Describe(ex)}）。"]);
        }

        return Decode(bytes, path);
    }

    /// <summary>Reads registry CSV received as <paramref name="bytes"/> (any of the text encodings reports use); <paramref name="file"/> names it.</summary>
    public static RegistryReadResult Decode(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return Parse(TextDecoder.Decode(bytes, file).Text, file);
        }
        catch (UnreadableInputException ex)
        {
            return new([], [ex.Message]);
        }
    }

    /// <summary>Reads registry CSV <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static RegistryReadResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = CsvRecords.Parse(text).ToList();
        if (records.Count == 0)
        {
            return new([], [$"{file}：单位名录为空。"]);
        }

        var header = records[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            return new([], [$"{file}：第 1 行表头缺少列：{string.Join("、", missing)}（需要 code,name,level,region,parent,aliases）。"]);
        }

        var units = new List<RegisteredUnit>();
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            string Field(string name) => header.IndexOf(name) is var i and >= 0 && i < record.Fields.Count ? record.Fields[i].Trim() : "";
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var code = Field("code");
            var name = Field("name");
            var level = Field("level");
            var region = Field("region").Replace('／', '/').Trim('/');
            var line = $"{file}：第 {record.Line} 行";
            if (code.Length == 0 || name.Length == 0 || region.Length == 0)
            {
                problems.Add($"{line}：code、name、region 不能为空。");
                continue;
            }

            if (!UnitLevel.IsValid(level))
            {
                problems.Add($"{line}：层级“{level}”无效，应为 {string.Join("、", UnitLevel.All)} 之一。");
                continue;
            }

            if (!codes.Add(code))
            {
                problems.Add($"{line}：单位代码“{code}”重复。");
                continue;
            }

            var parent = Field("parent");
            var aliases = Field("aliases").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            units.Add(new RegisteredUnit(code, name, level, region, parent.Length == 0 ? null : parent, aliases));
        }

        foreach (var unit in units.Where(u => u.ParentCode is { } p && !codes.Contains(p)))
        {
            problems.Add($"{file}：单位“{unit.Code}”的上级“{unit.ParentCode}”不在名录中。");
        }

        return new(units, problems);
    }

    /// <summary>Writes <paramref name="units"/> in the registry format (for <c>gongkai units export</c> and tests).</summary>
    public static void Write(TextWriter writer, IEnumerable<RegisteredUnit> units)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(units);
        writer.Write("code,name,level,region,parent,aliases\r\n");
        foreach (var u in units)
        {
            var fields = new[] { u.Code, u.Name, u.Level, u.Region, u.ParentCode ?? "", string.Join(';', u.Aliases) };
            writer.Write(string.Join(',', fields.Select(Quote)));
            writer.Write("\r\n");
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}

/// <summary>The units read from a registry file and the problems found in it.</summary>
public sealed record RegistryReadResult(IReadOnlyList<RegisteredUnit> Units, IReadOnlyList<string> Problems);

/// <summary>An RFC 4180 record: its fields and the line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>A small RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
public static class CsvRecords
{
    /// <summary>The records of <paramref name="text"/>, each with the line it starts on.</summary>
    public static IEnumerable<CsvRecord> Parse(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(start, fields);
                    fields = [];
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields);
        }
    }
}
