using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases.Registers;

/// <summary>Reads a whole register file (XLSX or CSV) into cases of one unit, without storing anything.</summary>
public static class RegisterReader
{
    /// <summary>
    /// The rows of <paramref name="bytes"/> as cases of <paramref name="unitId"/>. A number used twice in the file is an
    /// error of its later rows. Steps without a 经办人 are recorded as by <paramref name="user"/>.
    /// </summary>
    public static RegisterRead Read(byte[] bytes, string file, IReadOnlyDictionary<string, string> mapping, string unitId, string user, ClockSettings? settings = null)
    {
        var (rows, problem) = RegisterFile.Read(bytes, file);
        if (problem is not null)
        {
            return new RegisterRead([], [], [problem]);
        }

        var problems = new List<string>();
        var map = RegisterHeaderMap.Find(rows, mapping, file, problems);
        if (map is null)
        {
            return new RegisterRead([], [], problems);
        }

        var read = new List<RegisterRow>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, cells) in rows.Where(r => r.Row > map.HeaderRow))
        {
            var result = RegisterRowReader.Read(row, cells, map, unitId, user, settings);
            var number = map.Columns[RegisterField.Number] is var i && i < cells.Length ? cells[i].Trim() : "";
            if (number.Length > 0 && !numbers.TryAdd(number, row))
            {
                result = result with { Case = null, Errors = [.. result.Errors, $"第 {row} 行「{RegisterColumns.Header(RegisterField.Number)}」：“{number}” 与第 {numbers[number]} 行重复。"] };
            }

            read.Add(result);
        }

        return new RegisterRead(read, map.Ignored, []);
    }
}
