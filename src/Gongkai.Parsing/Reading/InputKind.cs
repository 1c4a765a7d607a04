namespace Gongkai.Parsing.Reading;

/// <summary>What a file is, judged from its content (magic bytes and markup), not its extension.</summary>
public enum InputKind
{
    /// <summary>No bytes, or only whitespace.</summary>
    Empty,

    /// <summary>Plain text in some encoding.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A PDF file (<c>%PDF-</c>).</summary>
    Pdf,

    /// <summary>A ZIP container: DOCX, XLSX, OFD or another Office Open XML file.</summary>
    Zip,

    /// <summary>An OLE compound file: legacy <c>.doc</c>, <c>.xls</c>, <c>.wps</c>.</summary>
    OleCompound,

    /// <summary>Rich Text Format (<c>{\rtf</c>).</summary>
    Rtf,

    /// <summary>A picture (JPEG, PNG, GIF, BMP, TIFF, WebP).</summary>
    Image,

    /// <summary>Other binary data.</summary>
    Binary,
}
