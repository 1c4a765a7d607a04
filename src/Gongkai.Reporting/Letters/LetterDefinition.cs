namespace Gongkai.Reporting.Letters;

/// <summary>The plain in-code wording of a default letter template, turned into a DOCX by <see cref="LetterTemplates"/>.</summary>
/// <param name="Heading">The title's second line, below the agency's name.</param>
/// <param name="Addressee">The placeholder of whom the letter is to (the applicant, or the third party consulted).</param>
/// <param name="Paragraphs">The body's paragraphs with their placeholders.</param>
/// <param name="Particulars">Label and value rows of a table printed after <paramref name="Paragraphs"/>' first paragraph, or empty.</param>
internal sealed record LetterDefinition(
    string Heading,
    string Addressee,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<(string Label, string Value)> Particulars);
