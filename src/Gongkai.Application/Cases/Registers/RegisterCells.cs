namespace Gongkai.Application.Cases.Registers;

/// <summary>A row's cells by field, read as values; each problem is added to <see cref="Errors"/> in the user's words.</summary>
internal sealed class RegisterCells(int row, string[] cells, RegisterHeaderMap map)
{
    public int Row { get; } = row;

    public List<string> Errors { get; } = [];

    /// <summary>The trimmed text of <paramref name="field"/>'s cell, or <see langword="null"/> when blank or unmapped.</summary>
    public string? Text(RegisterField field) =>
        map.Columns.TryGetValue(field, out var i) && i < cells.Length && cells[i].Trim() is { Length: > 0 } text ? text : null;

    public string Required(RegisterField field)
    {
        if (Text(field) is { } text)
        {
            return text;
        }

        Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：不能为空。");
        return "";
    }

    public DateOnly? Date(RegisterField field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        var date = RegisterValues.Date(text);
        if (date is null)
        {
            Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：“{text}” 不是日期（可写 2024-03-05、2024/3/5 或 2024年3月5日）。");
        }

        return date;
    }

    public DateOnly? RequiredDate(RegisterField field)
    {
        if (Text(field) is null)
        {
            Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：不能为空。");
            return null;
        }

        return Date(field);
    }

    public T? Choice<T>(RegisterField field, Func<string, T?> parse, IReadOnlyList<string> allowed, bool required = false)
        where T : struct
    {
        if (Text(field) is not { } text)
        {
            if (required)
            {
                Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：不能为空（可选：{string.Join("、", allowed)}）。");
            }

            return null;
        }

        return Parsed(field, text, parse, allowed);
    }

    public T? Parsed<T>(RegisterField field, string text, Func<string, T?> parse, IReadOnlyList<string> allowed)
        where T : struct
    {
        var value = parse(text);
        if (value is null)
        {
            Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：“{text}” 不是可选值（可选：{string.Join("、", allowed)}）。");
        }

        return value;
    }

    public int? Integer(RegisterField field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        var value = RegisterValues.Integer(text);
        if (value is null)
        {
            Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：“{text}” 不是整数。");
        }

        return value;
    }

    public decimal? Money(RegisterField field)
    {
        if (Text(field) is not { } text)
        {
            return null;
        }

        var value = RegisterValues.Money(text);
        if (value is null)
        {
            Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：“{text}” 不是金额。");
        }

        return value;
    }

    /// <summary>The values of a cell holding several, separated by ；.</summary>
    public IReadOnlyList<string> List(RegisterField field) =>
        Text(field) is { } text ? text.Split(RegisterRowReader.ListSeparators, StringSplitOptions.TrimEntries) : [];

    /// <summary>A problem of the row that is about one field.</summary>
    public void Fail(RegisterField field, string problem) => Errors.Add($"第 {Row} 行「{RegisterColumns.Header(field)}」：{problem}");
}
