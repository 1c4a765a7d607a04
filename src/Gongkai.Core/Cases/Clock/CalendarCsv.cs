using System.Globalization;
using System.Text;

namespace Gongkai.Core.Cases.Clock;

/// <summary>
/// Reads the holiday calendar's CSV (<c>date,kind,name,source</c>) strictly: any doubt about a row refuses the file,
/// since a wrong day off moves every deadline after it.
/// </summary>
internal static class CalendarCsv
{
    public const string Header = "date,kind,name,source";

    public static List<CalendarEntry> Read(TextReader reader, string fileName)
    {
        var header = reader.ReadLine();
        if (header is null)
        {
            throw new CalendarFormatException(fileName, 1, $"文件为空，缺少表头“{Header}”");
        }

        header = header.TrimStart('\uFEFF').TrimEnd('\r');
        if (!string.Equals(header.Replace(" ", "", StringComparison.Ordinal), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new CalendarFormatException(fileName, 1, $"表头应为“{Header}”，实为“{header}”");
        }

        var entries = new List<CalendarEntry>();
        var lines = new Dictionary<DateOnly, int>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            line = line.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue; // blank lines (a trailing one, a spacer) carry nothing
            }

            var entry = Row(line, fileName, number);
            if (lines.TryGetValue(entry.Date, out var first))
            {
                throw new CalendarFormatException(fileName, number, $"日期“{ClockLabels.Date(entry.Date)}”与第 {first} 行重复");
            }

            lines.Add(entry.Date, number);
            entries.Add(entry);
        }

        return entries;
    }

    private static CalendarEntry Row(string line, string fileName, int number)
    {
        var fields = Fields(line, fileName, number);
        if (fields.Count != 4)
        {
            throw new CalendarFormatException(fileName, number, $"应有 4 列（{Header}），实有 {fields.Count} 列");
        }

        var dateText = fields[0].Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CalendarFormatException(fileName, number, $"日期“{dateText}”无效（应为 YYYY-MM-DD）");
        }

        var kindText = fields[1].Trim();
        CalendarDayKind kind = kindText.ToLowerInvariant() switch
        {
            "holiday" => CalendarDayKind.Holiday,
            "workday" => CalendarDayKind.Workday,
            _ => throw new CalendarFormatException(fileName, number, $"类型“{kindText}”无效（应为 holiday 或 workday）"),
        };

        var name = fields[2].Trim();
        var source = fields[3].Trim();
        if (name.Length == 0)
        {
            throw new CalendarFormatException(fileName, number, "名称为空");
        }

        if (source.Length == 0)
        {
            throw new CalendarFormatException(fileName, number, "依据（source）为空：请写明发布安排的通知");
        }

        return new CalendarEntry(date, kind, name, source);
    }

    // Comma-separated fields; a field in double quotes may hold commas and doubled quotes (as spreadsheets save it).
    private static List<string> Fields(string line, string fileName, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new CalendarFormatException(fileName, number, "引号未闭合");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
