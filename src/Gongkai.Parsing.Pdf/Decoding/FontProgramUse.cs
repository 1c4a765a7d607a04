namespace Gongkai.Parsing.Pdf.Decoding;

/// <summary>
/// How much of an embedded font program PdfPig is given to parse, from least to most: where fonts sharing one program
/// differ, the most any of them needs wins.
/// </summary>
internal enum FontProgramUse
{
    /// <summary>Nothing: the font reads as one without an embedded program (<see cref="UnusedFontPrograms"/>).</summary>
    None,

    /// <summary>A Type 1 program's clear-text part only, its encoding and font matrix, without the glyph outlines (<see cref="Type1ClearText"/>).</summary>
    ClearText,

    /// <summary>The whole program, as stored.</summary>
    Whole,
}
