using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Gongkai.Reporting.Tabular;

/// <summary>
/// The OPC package around the worksheets, zipped as it is written. System.IO.Packaging cannot do this: the SDK
/// needs read-write access to a package, and read-write packages keep every part uncompressed in memory until
/// they close (measured: about 0.5 KB a row), which defeats streaming. A workbook's package is a handful of fixed
/// parts, so it is written here directly; the XML inside the parts is still the Open XML SDK's.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string StylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string OfficeDocumentRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WorksheetRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    private readonly ZipArchive _zip;
    private readonly int _sheets;

    /// <summary>Starts a package of <paramref name="sheets"/> worksheets on <paramref name="stream"/>, left open.</summary>
    public XlsxPackage(Stream stream, int sheets)
    {
        // Create mode writes each entry once, front to back: nothing is kept, and the stream need not seek.
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        _sheets = sheets;
        WriteContentTypes();
        WriteRelationships("_rels/.rels", [("rId1", OfficeDocumentRelation, "xl/workbook.xml")]);
    }

    /// <summary>The relationship id of the 0-based worksheet <paramref name="index"/>, as the workbook refers to it.</summary>
    public static string SheetRelationshipId(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Opens the stream of the 0-based worksheet <paramref name="index"/>; dispose it before the next part.</summary>
    public Stream OpenWorksheet(int index) => _zip.CreateEntry(SheetPath(index)).Open();

    /// <summary>Writes the workbook, its styles and its relationships; call once, after the worksheets.</summary>
    public void WriteWorkbook(OpenXmlPartRootElement workbook, OpenXmlPartRootElement styles)
    {
        Save("xl/styles.xml", styles);
        Save("xl/workbook.xml", workbook);
        var relationships = Enumerable.Range(0, _sheets)
            .Select(i => (SheetRelationshipId(i), WorksheetRelation, SheetPath(i)[3..]))
            .Append(("rIdStyles", StylesRelation, "styles.xml"));
        WriteRelationships("xl/_rels/workbook.xml.rels", relationships);
    }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    private static string SheetPath(int index) => $"xl/worksheets/sheet{(index + 1).ToString(CultureInfo.InvariantCulture)}.xml";

    private void Save(string path, OpenXmlPartRootElement root)
    {
        using var stream = _zip.CreateEntry(path).Open();
        root.Save(stream);
    }

    private void WriteContentTypes()
    {
        using var stream = _zip.CreateEntry("[Content_Types].xml").Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartElement("Types", ContentTypesNamespace);
        Default(xml, "rels", RelationshipsType);
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", WorkbookType);
        Override(xml, "/xl/styles.xml", StylesType);
        for (var i = 0; i < _sheets; i++)
        {
            Override(xml, "/" + SheetPath(i), WorksheetType);
        }

        xml.WriteEndElement();

        static void Default(XmlWriter xml, string extension, string type)
        {
            xml.WriteStartElement("Default", ContentTypesNamespace);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string part, string type)
        {
            xml.WriteStartElement("Override", ContentTypesNamespace);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private void WriteRelationships(string path, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        using var stream = _zip.CreateEntry(path).Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
