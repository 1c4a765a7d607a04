using System.Globalization;
using System.Text;
using System.Xml;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// Word's automatic list numbering (numbering.xml), rendered as printed: a heading numbered by Word as
/// <c>一、</c> or <c>（三）</c> and a table label numbered <c>1.</c> carry their numbers in the text, as in a PDF of
/// the same file. Decimal and Chinese counting formats; other formats fall back to decimal.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<string, string> _abstractOfNum = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Abstract, int Level), (int Start, string Format, string Text)> _levels = [];
    private readonly Dictionary<string, int[]> _counters = new(StringComparer.Ordinal);

    public WordNumbering(string? numberingXml)
    {
        if (numberingXml is null)
        {
            return;
        }

        var (reader, main) = WordXml.Open(numberingXml);
        using var _ = reader;
        string? abstractId = null, numId = null;
        var level = -1;
        (int Start, string Format, string Text) current = (1, "decimal", "");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "lvl" && abstractId is not null && level >= 0)
            {
                _levels[(abstractId, level)] = current;
                level = -1;
            }

            if (reader.NodeType != XmlNodeType.Element || (object)reader.NamespaceURI != main)
            {
                continue;
            }

            var value = reader.GetAttribute("val", WordXml.Main);
            switch (reader.LocalName)
            {
                case "abstractNum":
                    abstractId = reader.GetAttribute("abstractNumId", WordXml.Main);
                    numId = null;
                    break;
                case "lvl" when abstractId is not null:
                    level = int.TryParse(reader.GetAttribute("ilvl", WordXml.Main), out var ilvl) ? ilvl : 0;
                    current = (1, "decimal", "");
                    break;
                case "start" when level >= 0 && int.TryParse(value, out var start):
                    current.Start = Math.Clamp(start, 0, 10_000);
                    break;
                case "numFmt" when level >= 0 && value is not null:
                    current.Format = value;
                    break;
                case "lvlText" when level >= 0 && value is not null:
                    current.Text = value;
                    break;
                case "num":
                    numId = reader.GetAttribute("numId", WordXml.Main);
                    abstractId = null;
                    break;
                case "abstractNumId" when numId is not null && value is not null:
                    _abstractOfNum[numId] = value;
                    break;
            }
        }
    }

    /// <summary>The number printed before a paragraph of list <paramref name="numId"/> at <paramref name="level"/>, advancing the count.</summary>
    public string Next(string numId, int level)
    {
        if (!_abstractOfNum.TryGetValue(numId, out var abstractId) || level is < 0 or >= Levels || !_levels.TryGetValue((abstractId, level), out var format))
        {
            return "";
        }

        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int[Levels];
            _counters[abstractId] = counters;
        }

        counters[level] = counters[level] == 0 ? format.Start : counters[level] + 1;
        Array.Clear(counters, level + 1, Levels - level - 1);
        var text = new StringBuilder(format.Text);
        for (var l = 0; l <= level; l++)
        {
            var value = counters[l] == 0 && _levels.TryGetValue((abstractId, l), out var outer) ? outer.Start : counters[l];
            var levelFormat = _levels.TryGetValue((abstractId, l), out var f) ? f.Format : "decimal";
            text.Replace($"%{l + 1}", Render(value, levelFormat));
        }

        return format.Format == "none" ? "" : text.ToString();
    }

    private static string Render(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" or "ideographTraditional" => Chinese(value),
        "bullet" or "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // 1 一, 10 十, 11 十一, 20 二十, 99 九十九; beyond that the digits.
    private static string Chinese(int value)
    {
        const string Digits = "〇一二三四五六七八九";
        if (value is <= 0 or >= 100)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var tens = value / 10;
        var ones = value % 10;
        return (tens > 1 ? Digits[tens].ToString() : "") + (tens > 0 ? "十" : "") + (ones > 0 || tens == 0 ? Digits[ones].ToString() : "");
    }
}
