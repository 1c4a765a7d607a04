using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Docx;

/// <summary>
/// Page numbers as GB/T 9704 §7.5 places them: 四号半角宋体阿拉伯数字 between two 一字线 (— 1 —) below the type
/// area, odd pages at the right and even pages at the left, each one character in from the edge of the type area.
/// </summary>
internal static class DocxPageNumbers
{
    private const int OneCharacter = DocxStyles.FooterSize * 10; // twips

    /// <summary>Adds the odd- and even-page footers and the setting that tells them apart; returns their references for the section.</summary>
    public static IEnumerable<FooterReference> Add(MainDocumentPart main)
    {
        var odd = main.AddNewPart<FooterPart>();
        odd.Footer = Footer(JustificationValues.Right, new Indentation { Right = DocxStyles.Value(OneCharacter), RightChars = 100, FirstLine = "0", FirstLineChars = 0 });
        var even = main.AddNewPart<FooterPart>();
        even.Footer = Footer(JustificationValues.Left, new Indentation { Left = DocxStyles.Value(OneCharacter), LeftChars = 100, FirstLine = "0", FirstLineChars = 0 });

        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new EvenAndOddHeaders(), new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
        return
        [
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
        ];
    }

    private static Footer Footer(JustificationValues side, Indentation indentation) =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }, indentation, new Justification { Val = side }),
            new Run(new Text("— ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
}
