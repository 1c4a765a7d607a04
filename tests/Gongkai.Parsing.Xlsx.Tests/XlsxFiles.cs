using System.IO.Compression;
using System.Text;

namespace Gongkai.Parsing.Xlsx.Tests;

/// <summary>Builds XLSX files from raw SpreadsheetML, so that a test controls every attribute the reader looks at.</summary>
internal static class XlsxFiles
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Cell format 0 draws nothing, format 1 draws thin borders on all sides, format 2 shows a percentage.</summary>
    public const string Styles = $"""
        <styleSheet xmlns="{Main}">
          <borders count="2"><border><left/><right/><top/><bottom/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
          <cellXfs count="3"><xf borderId="0"/><xf borderId="1"/><xf borderId="0" numFmtId="9"/></cellXfs>
        </styleSheet>
        """;

    public sealed record Sheet(string Name, string Data, string? Merges = null, bool Hidden = false);

    public static byte[] Create(IReadOnlyList<Sheet> sheets, string? sharedStrings = null, string? styles = Styles)
    {
        var entries = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""",
            ["xl/workbook.xml"] = $"""
                <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(sheets.Select((s, i) => $"""<sheet name="{s.Name}" sheetId="{i + 1}" r:id="rId{i + 1}"{(s.Hidden ? " state=\"hidden\"" : "")}/>"""))}</sheets></workbook>
                """,
            ["xl/_rels/workbook.xml.rels"] = $"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="worksheet" Target="worksheets/sheet{sheets.Count - i}.xml"/>"""))}</Relationships>
                """,
        };

        // Part names run backwards, so that a reader going by file name rather than by workbook order would fail.
        for (var i = 0; i < sheets.Count; i++)
        {
            var merges = sheets[i].Merges is { } m ? $"<mergeCells>{m}</mergeCells>" : "";
            entries[$"xl/worksheets/sheet{sheets.Count - i}.xml"] = $"""<worksheet xmlns="{Main}"><sheetData>{sheets[i].Data}</sheetData>{merges}</worksheet>""";
        }

        if (sharedStrings is not null)
        {
            entries["xl/sharedStrings.xml"] = $"""<sst xmlns="{Main}">{sharedStrings}</sst>""";
        }

        if (styles is not null)
        {
            entries["xl/styles.xml"] = styles;
        }

        return Zip(entries);
    }

    public static byte[] Zip(Dictionary<string, string> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An inline-string cell.</summary>
    public static string Str(string reference, string text, int style = 0) =>
        $"""<c r="{reference}" t="inlineStr" s="{style}"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>A number cell.</summary>
    public static string Number(string reference, string value, int style = 0) => $"""<c r="{reference}" s="{style}"><v>{value}</v></c>""";

    public static string Row(int index, params string[] cells) => $"""<row r="{index}">{string.Concat(cells)}</row>""";
}
