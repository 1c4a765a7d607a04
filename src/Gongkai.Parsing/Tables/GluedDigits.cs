using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// Rows whose cells lost their separators (issue #14, class 2): the values glued to the label
/// (<c>规范性文件898989</c>) or to one another (<c>396442278</c> for a row of three). The readings are the splits of
/// the digit run into the row's cells, each a well-formed count of plausible size, narrowed by the row's equation
/// and chosen by the table's like any other readings (<see cref="InferredRows"/>).
/// </summary>
internal static class GluedDigits
{
    /// <summary>The most digits one count cell is taken to hold; a longer run is several cells glued together.</summary>
    public const int MaxCellDigits = 6;

    /// <summary>A longer run is not split: its splits would be too many to weigh.</summary>
    private const int MaxRunDigits = 24;

    /// <summary>Above this many splits a run is not searched (it is left as printed).</summary>
    private const int MaxSplits = 5000;

    /// <summary>
    /// The digit run glued to the end of <paramref name="cell"/>'s label (digits right after a
    /// character that is not a digit, enough to split into <paramref name="columns"/> cells), as a cell of its own;
    /// null when the label does not end so.
    /// </summary>
    public static SourceCell? TrailingRun(SourceCell cell, int columns)
    {
        var text = cell.Text.TrimEnd();
        var start = text.Length;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        // A numbering such as "8." ends in a separator, never in digits; too few digits for the row is no glued run.
        var glued = text.Length - start >= 1 && start > 0 && !IsNumberPunctuation(text[start - 1]) && Splits(text[start..], columns).Any();
        return glued ? new SourceCell(text[start..], cell.Source) : null;
    }

    /// <summary>Whether <paramref name="values"/> is one run too long for one cell of a row of <paramref name="columns"/>.</summary>
    public static bool IsGluedRun(IReadOnlyList<SourceCell> values, int columns) =>
        columns > 1 && values.Count == 1 && values[0].Text.Trim() is { Length: > MaxCellDigits } run && run.All(char.IsAsciiDigit) && Splits(run, columns).Any();

    /// <summary>The row's readings: the splits of <paramref name="run"/> into its columns, narrowed by <paramref name="rowEquation"/>.</summary>
    public static RowReadings Readings(string key, IReadOnlyList<ColumnSpec> columns, SourceCell run, SourceRef source,
        Func<decimal?[], bool>? rowEquation = null, decimal moneyUnit = 1m)
    {
        var digits = run.Text.Trim();
        var readings = Splits(digits, columns.Count)
            .Take(MaxSplits)
            .Select(parts => parts.Select(p => (SourceCell?)new SourceCell(p, run.Source)).ToArray())
            .ToList();
        if (readings.Count == 0)
        {
            return new RowReadings(key, columns, [run], source, moneyUnit);
        }

        return InferredRows.Narrowed(key, columns, readings, 1, source, moneyUnit, InferredRows.GluedDigits, rowEquation);
    }

    /// <summary>The ways to cut <paramref name="digits"/> into <paramref name="n"/> well-formed numbers (no leading zero but 0 itself, at most <see cref="MaxCellDigits"/> digits).</summary>
    public static IEnumerable<string[]> Splits(string digits, int n)
    {
        if (n <= 0 || digits.Length < n || digits.Length > Math.Min(n * MaxCellDigits, MaxRunDigits))
        {
            yield break;
        }

        foreach (var parts in ValuePlacement.Compositions(digits.Length, n))
        {
            var result = new string[n];
            var at = 0;
            var ok = true;
            for (var i = 0; i < n && ok; i++)
            {
                var part = digits.Substring(at, parts[i]);
                ok = part.Length <= MaxCellDigits && (part.Length == 1 || part[0] != '0');
                result[i] = part;
                at += parts[i];
            }

            if (ok)
            {
                yield return result;
            }
        }
    }

    private static bool IsNumberPunctuation(char c) => c is '.' or '．' or '、' or '-' or '+' or '/' or ':' or '：';
}
