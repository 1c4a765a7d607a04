using System.Text;
using Gongkai.Reporting;
using Gongkai.Reporting.Layout;

namespace Gongkai.PdfCorpus;

/// <summary>
/// Issue #13, class 1: code points that are not the characters they look like. Ideographs with a Kangxi radical
/// (U+2F00–U+2FD5) or CJK radicals supplement (U+2E80–U+2EF3) twin are replaced by the twin, ASCII digits by
/// full-width ones, in the title, the headings and the tables' labels. Values are left alone, and the truth stays
/// the clean JSON: a reader must see through these for matching.
/// </summary>
public static class CodePoints
{
    /// <summary>The replacements: each ideograph and its look-alike. The radicals supplement's twins have no NFKC mapping.</summary>
    public static IReadOnlyDictionary<char, char> LookAlikes { get; } = new Dictionary<char, char>
    {
        ['行'] = '\u2F8F', ['工'] = '\u2F2F', ['方'] = '\u2F45', ['人'] = '\u2F08', ['日'] = '\u2F47',
        ['月'] = '\u2F49', ['一'] = '\u2F00', ['二'] = '\u2F06', ['十'] = '\u2F17', ['入'] = '\u2F0A',
        ['八'] = '\u2F0B', ['力'] = '\u2F12', ['口'] = '\u2F1D', ['文'] = '\u2F42', ['无'] = '\u2F46',
        ['生'] = '\u2F63', ['用'] = '\u2F64', ['示'] = '\u2F70', ['立'] = '\u2F74', ['大'] = '\u2F24',
        ['门'] = '\u2EC6', ['见'] = '\u2EC5', ['长'] = '\u2EBB', ['龙'] = '\u2EE0',
    };

    /// <summary><paramref name="text"/> with the look-alikes and full-width digits.</summary>
    public static string Disguise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(LookAlikes.TryGetValue(c, out var twin) ? twin : c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c);
        }

        return result.ToString();
    }

    /// <summary><paramref name="document"/> with its title, headings and table labels disguised; values unchanged.</summary>
    public static ReportDocument Disguise(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            Title = Disguise(document.Title),
            Parts = [.. document.Parts.Select(part => part with
            {
                Heading = Disguise(part.Heading),
                Table = part.Table is { } table ? Disguise(table) : null,
            })],
        };
    }

    private static LaidOutTable Disguise(LaidOutTable table) => table with
    {
        Rows = [.. table.Rows.Select(row => (IReadOnlyList<LaidOutCell>)[.. row.Select(cell => cell.IsLabel ? cell with { Text = Disguise(cell.Text) } : cell)])],
    };
}
