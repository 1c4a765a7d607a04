using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Reads the agency and the year from the title (<c>XX局2020年政府信息公开工作年度报告</c>, or the agency on the line
/// above), the year from the 统计期限 when the title lacks it, and the date from the signature (落款) at the end.
/// </summary>
internal static partial class MetadataRecognizer
{
    private const int TitleSearchRows = 12;
    private const int TailRows = 12;
    private const int MaxTitleLength = 80;
    private const int MaxAgencyLength = 40;

    // Rows on either side of a title looked at to tell a quoted document's title from the report's.
    private const int CitationContextRows = 3;

    // A title broken over up to this many paragraphs (a PDF's wrapped heading, a Word title typed on two lines).
    private const int MaxTitleParts = 3;

    // When no title is among the first rows, it is looked for up to the first section heading, past this many rows
    // at most: a portal's navigation printed above the report (a browser's print of the page) pushes it down.
    private const int PortalTitleSearchRows = 40;

    /// <param name="rows">The document's rows.</param>
    /// <param name="headings">The section headings found.</param>
    /// <param name="portal">The portal's header, when the file kept one: its title names the agency and the year when
    /// the body does not (a crawl's body often starts after the title), its 发布机构 the agency as a last resort.</param>
    public static ReportMetadata Recognize(IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings, PortalMetadata? portal = null)
    {
        var firstHeading = headings.Count > 0 ? headings[0].RowIndex : Math.Min(rows.Count, TitleSearchRows);
        var (agency, year, agencySource, yearSource) = FromTitle(rows, Math.Min(firstHeading, TitleSearchRows), firstHeading);
        if (portal?.Title is { } portalTitle && MatchTitle(portalTitle) is { Success: true } portalMatch)
        {
            var fromPortal = FromPortalTitle(portalMatch);

            // A body line broken mid-sentence (…特向 / 社会公布某某局 / 2021年度…年度报告) looks like a title whose agency
            // carries the sentence's words before it; the portal's own title names the agency alone.
            if (agency is not null && fromPortal.Agency is { } named && agency.Length > named.Length && agency.EndsWith(named, StringComparison.Ordinal))
            {
                (agency, agencySource) = (named, portal.TitleSource);
            }

            if (agency is null && fromPortal.Agency is not null)
            {
                (agency, agencySource) = (fromPortal.Agency, portal.TitleSource);
            }

            if (year is null && fromPortal.Year is not null)
            {
                (year, yearSource) = (fromPortal.Year, portal.TitleSource);
            }
        }

        if (year is null && FromPeriod(rows, firstHeading) is { } period)
        {
            (year, yearSource) = period;
        }

        var signature = new HashSet<int>();
        var tailStart = headings.LastOrDefault(h => h.Kind == Core.Model.SectionKind.Other)?.RowIndex + 1 ?? TailStart(rows);
        DateOnly? date = null;
        string? signer = null;
        SourceRef dateSource = default, signerSource = default;
        for (var i = rows.Count - 1; i >= tailStart && date is null; i--)
        {
            if (rows[i].Paragraph is not { } paragraph || paragraph.Text.Length > MaxAgencyLength + 20)
            {
                continue;
            }

            if (DateText.ParseTrailing(paragraph.Text) is not { } found)
            {
                // A crawl or a copied page breaks a signature date into pieces, one per line (2021 / 年 / 1 / 月 / 8 / 日).
                if (DatePieces(rows, i, tailStart) is not { } pieces)
                {
                    continue;
                }

                (found, var first) = pieces;
                for (var k = first; k < i; k++)
                {
                    signature.Add(k);
                }

                i = first;
                paragraph = rows[first].Paragraph!;
            }

            date = found.Date;
            dateSource = paragraph.Source;
            signature.Add(i);
            if (found.Prefix.Length > 0)
            {
                signer = found.Prefix;
                signerSource = paragraph.Source;
            }
            else if (i > tailStart && rows[i - 1].Paragraph is { } above && LooksLikeAgency(above.Text))
            {
                signer = above.Text.Trim();
                signerSource = above.Source;
                signature.Add(i - 1);
            }
        }

        // Undated (a draft, a form whose date is still blank): the last paragraph is the signature when it is the
        // agency named in the title, rather than the last line of section 六.
        if (date is null && agency is not null && LastParagraph(rows, tailStart) is { } last
            && Compact(rows[last].Paragraph!.Text) == Compact(agency))
        {
            signature.Add(last);
        }

        // The portal's 发布机构 names the agency only when neither the title nor the signature does.
        var publisher = agency is null && signer is null ? portal?.Publisher : null;
        var sources = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        Note(sources, MetadataField.Agency, agency is not null ? agencySource : signer is not null ? signerSource : publisher is not null ? portal!.PublisherSource : default);
        Note(sources, MetadataField.Year, year is not null ? yearSource : default);
        Note(sources, MetadataField.PublishedOn, date is not null ? dateSource : default);
        return new ReportMetadata(agency ?? signer ?? publisher, year, date, signature, sources);
    }

    private static (string? Agency, int? Year) FromPortalTitle(Match match)
    {
        var agency = CleanAgency(match.Groups["before"].Value);
        if (agency.Length == 0)
        {
            agency = CleanAgency(match.Groups["between"].Value);
        }

        return (agency.Length > 0 ? agency : null, ParseYear(match.Groups["year"].Value));
    }

    private static void Note(Dictionary<string, SourceRef> sources, string field, SourceRef source)
    {
        if (source.IsKnown)
        {
            sources[field] = source;
        }
    }

    private static FoundTitle FromTitle(IReadOnlyList<DocumentRow> rows, int end, int firstHeading) =>
        FindTitle(rows, 0, end) ?? FindTitle(rows, end, Math.Min(firstHeading, PortalTitleSearchRows)) ?? default;

    // The first title among rows [start, end): a paragraph, or else up to MaxTitleParts consecutive short ones read
    // as one (a title broken mid-word: "XX局2021年政府信息公开工" / "作年度报告").
    private static FoundTitle? FindTitle(IReadOnlyList<DocumentRow> rows, int start, int end)
    {
        for (var parts = 1; parts <= MaxTitleParts; parts++)
        {
            for (var i = start; i + parts <= end; i++)
            {
                if (Joined(rows, i, parts) is { } text && MatchTitle(text) is { Success: true } match && !IsCitation(rows, i, parts, text, match))
                {
                    return FromMatch(rows, i, parts, match);
                }
            }
        }

        return null;
    }

    // A title quoted inside a sentence, e.g. 《…关于做好2016年…政府信息公开工作年度报告有关事项的通知》, names another
    // document: an opening 《 before it that is not closed, or a closing 》 after it that was not opened, within the
    // title's rows and the few around them (a crawl breaks such a sentence into many short lines).
    private static bool IsCitation(IReadOnlyList<DocumentRow> rows, int start, int parts, string text, Match match)
    {
        var before = string.Concat(Enumerable.Range(Math.Max(0, start - CitationContextRows), Math.Min(start, CitationContextRows))
            .Select(k => rows[k].Paragraph?.Text)) + text[..match.Groups["year"].Index];
        var after = text[(match.Index + match.Length)..] + string.Concat(Enumerable.Range(start + parts, Math.Max(0, Math.Min(CitationContextRows, rows.Count - start - parts)))
            .Select(k => rows[k].Paragraph?.Text));
        var close = after.IndexOf('》', StringComparison.Ordinal);
        return before.Count(c => c == '《') > before.Count(c => c == '》') || close >= 0 && after.IndexOf('《', 0, close) < 0;
    }

    private static string? Joined(IReadOnlyList<DocumentRow> rows, int start, int parts)
    {
        var text = "";
        for (var k = start; k < start + parts; k++)
        {
            if (rows[k].Paragraph is not { } paragraph || text.Length + paragraph.Text.Length > MaxTitleLength)
            {
                return null;
            }

            text += parts == 1 ? paragraph.Text : paragraph.Text.Trim();
        }

        return text;
    }

    private static Match MatchTitle(string text)
    {
        var match = Title().Match(text);
        return match.Success ? match : TitleYearLast().Match(text);
    }

    private static FoundTitle FromMatch(IReadOnlyList<DocumentRow> rows, int i, int parts, Match match)
    {
        var source = Spanning(rows, i, parts);
        var agencySource = source;
        var year = ParseYear(match.Groups["year"].Value);
        var agency = CleanAgency(match.Groups["before"].Value);
        if (agency.Length == 0)
        {
            agency = CleanAgency(match.Groups["between"].Value);
        }

        if (agency.Length == 0)
        {
            for (var k = i - 1; k >= 0 && agency.Length == 0; k--)
            {
                if (rows[k].Paragraph is { } above && LooksLikeAgency(above.Text))
                {
                    agency = CleanAgency(above.Text);
                    agencySource = above.Source;
                }
            }
        }

        return new FoundTitle(agency.Length > 0 ? agency : null, year, agencySource, source);
    }

    // The source of a title printed over rows [start, start + parts): the first row's, its box grown over the
    // others on the same page.
    private static SourceRef Spanning(IReadOnlyList<DocumentRow> rows, int start, int parts)
    {
        var source = rows[start].Source;
        for (var k = start + 1; k < start + parts; k++)
        {
            if (rows[k].Source is { Box: { } next } other && other.Page == source.Page && source.Box is { } box)
            {
                source = source with { Box = new SourceBox(Math.Min(box.X0, next.X0), Math.Min(box.Y0, next.Y0), Math.Max(box.X1, next.X1), Math.Max(box.Y1, next.Y1)) };
            }
        }

        return source;
    }

    private readonly record struct FoundTitle(string? Agency, int? Year, SourceRef AgencySource, SourceRef YearSource);

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '#')]);

    private static int? LastParagraph(IReadOnlyList<DocumentRow> rows, int start)
    {
        for (var i = rows.Count - 1; i >= start; i--)
        {
            if (rows[i].Paragraph is not null)
            {
                return i;
            }
        }

        return null;
    }

    // Without a 六 heading the signature is among the last paragraphs; table rows do not count, since tables may
    // follow it (attached 附表, or a workbook whose tables are on the sheets after the text).
    private static int TailStart(IReadOnlyList<DocumentRow> rows)
    {
        var paragraphs = 0;
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (rows[i].IsParagraph && ++paragraphs == TailRows)
            {
                return i;
            }
        }

        return 0;
    }

    // 统计期限: "自2020年1月1日起至2020年12月31日止".
    private static (int? Year, SourceRef Source)? FromPeriod(IReadOnlyList<DocumentRow> rows, int end)
    {
        for (var i = 0; i < Math.Min(end + 3, rows.Count); i++)
        {
            if (rows[i].Paragraph is { } paragraph && Period().Match(paragraph.Text) is { Success: true } match)
            {
                return (ParseYear(match.Groups["year"].Value), paragraph.Source);
            }
        }

        return null;
    }

    private static int? ParseYear(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : ChineseNumbers.ParseDigits(text);

    private static string CleanAgency(string text)
    {
        var agency = text.Trim().TrimStart('#').Trim();
        if (agency.StartsWith("关于", StringComparison.Ordinal))
        {
            agency = agency[2..];
        }

        if (agency.EndsWith("关于", StringComparison.Ordinal))
        {
            agency = agency[..^2];
        }

        agency = agency.TrimEnd('的', ' ', '　');
        return agency.Length <= MaxAgencyLength ? agency : "";
    }

    // At most this many lines make one date broken into pieces: 2 / 0 / 2 / 1 / 年 / 1 / 月 / 8 / 日 at worst.
    private const int MaxDatePieces = 9;

    // The date spelled over the lines ending at row `last` (which ends in 日), each line a short piece of digits or
    // 年/月/日, joined and read as one; null when the lines there are not such pieces or do not make a date.
    private static ((DateOnly Date, string Prefix) Found, int First)? DatePieces(IReadOnlyList<DocumentRow> rows, int last, int tailStart)
    {
        if (!IsDatePiece(rows[last]) || !rows[last].Paragraph!.Text.TrimEnd().EndsWith('日'))
        {
            return null;
        }

        var first = last;
        while (first - 1 >= tailStart && last - first + 1 < MaxDatePieces && IsDatePiece(rows[first - 1]))
        {
            first--;
        }

        for (var start = first; start < last; start++)
        {
            var joined = string.Concat(Enumerable.Range(start, last - start + 1).Select(k => rows[k].Paragraph!.Text.Trim()));
            if (DateText.ParseTrailing(joined) is { Prefix.Length: 0 } found)
            {
                return (found, start);
            }
        }

        return null;
    }

    private static bool IsDatePiece(DocumentRow row) =>
        row.Paragraph is { } paragraph && paragraph.Text.Trim() is { Length: > 0 and <= 6 } text
        && text.All(c => char.IsAsciiDigit(c) || c is '年' or '月' or '日' or ' ' || "〇零○一二三四五六七八九十".Contains(c, StringComparison.Ordinal));

    private static bool LooksLikeAgency(string text)
    {
        var trimmed = text.Trim().TrimStart('#').Trim();
        return trimmed.Length is >= 2 and <= MaxAgencyLength && !trimmed.Contains("报告", StringComparison.Ordinal) &&
               trimmed.IndexOfAny(['。', '，', '；', '：', ',', ';', '《', '》']) < 0 && !char.IsAsciiDigit(trimmed[0]);
    }

    [GeneratedRegex(@"^\s*#*\s*(?<before>.*?)\s*(?<year>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*度?\s*(?<between>.*?)\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度报告|年报|工作报告)")]
    private static partial Regex Title();

    // "XX局政府信息公开工作2021年度报告"
    [GeneratedRegex(@"^\s*#*\s*(?<before>.*?)\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?\s*(?<year>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*度?\s*(?<between>)(?:年度)?(?:报告|年报)")]
    private static partial Regex TitleYearLast();

    [GeneratedRegex(@"(?<year>\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-)\s*\d{4}\s*年\s*12\s*月\s*31\s*日")]
    private static partial Regex Period();
}
