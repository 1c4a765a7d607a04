using System.Globalization;
using System.Text;

namespace Gongkai.Core.Model;

/// <summary>Where a value came from in the source file.</summary>
/// <param name="File">The file name as given by the caller, or <see langword="null"/>.</param>
/// <param name="Line">1-based line in the (decoded) text, or in the page for PDF; 0 when unknown.</param>
/// <param name="Page">1-based page for paged formats; 0 when the format has no pages.</param>
/// <param name="Cell">1-based cell within its table row; 0 for text outside tables.</param>
/// <param name="Box">Where on its page the cell is printed, for PDF cells; <see langword="null"/> for other formats.</param>
public readonly record struct SourceRef(string? File, int Line, int Page = 0, int Cell = 0, SourceBox? Box = null)
{
    /// <summary>No known source.</summary>
    public static SourceRef None => default;

    /// <summary>Whether anything is known about the source.</summary>
    public bool IsKnown => Line > 0 || Page > 0;

    /// <summary>The same place, narrowed to a cell of its row.</summary>
    public SourceRef WithCell(int cell) => this with { Cell = cell };

    /// <summary>A short Chinese description, e.g. <c>第3页第12行第4格</c>.</summary>
    public string Describe()
    {
        if (!IsKnown)
        {
            return "位置不明";
        }

        var text = new StringBuilder();
        if (Page > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{Page}页");
        }

        if (Line > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{Line}行");
        }

        if (Cell > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"第{Cell}格");
        }

        return text.ToString();
    }

    /// <summary>A compact machine form, e.g. <c>p3:L12:c4</c>, used in the JSON provenance.</summary>
    public string ToCompactString()
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        return new string(buffer[..FormatCompact(buffer)]);
    }

    /// <summary>The longest <see cref="ToCompactString"/>: three parts of a letter and an <see cref="int"/>, two colons.</summary>
    public const int MaxCompactLength = 3 * 12 + 2;

    /// <summary>Writes <see cref="ToCompactString"/>'s form into <paramref name="buffer"/> (at least <see cref="MaxCompactLength"/> long) and returns its length.</summary>
    /// <remarks>Without the intermediate strings: the JSON writes one per provenance cell (issue #16).</remarks>
    public int FormatCompact(Span<char> buffer)
    {
        var length = 0;
        Append(buffer, ref length, 'p', Page);
        Append(buffer, ref length, 'L', Line);
        Append(buffer, ref length, 'c', Cell);
        return length;

        static void Append(Span<char> buffer, ref int length, char letter, int number)
        {
            if (number <= 0)
            {
                return;
            }

            if (length > 0)
            {
                buffer[length++] = ':';
            }

            buffer[length++] = letter;
            number.TryFormat(buffer[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }
    }

    /// <summary>Parses the form written by <see cref="ToCompactString"/>; unknown parts are ignored (the box is kept apart, in the JSON's <c>boxes</c>).</summary>
    public static SourceRef ParseCompact(string? text, string? file = null)
    {
        int line = 0, page = 0, cell = 0;
        foreach (var part in (text ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length < 2 || !int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            switch (part[0])
            {
                case 'p':
                    page = number;
                    break;
                case 'L':
                    line = number;
                    break;
                case 'c':
                    cell = number;
                    break;
            }
        }

        return new SourceRef(file, line, page, cell);
    }
}
