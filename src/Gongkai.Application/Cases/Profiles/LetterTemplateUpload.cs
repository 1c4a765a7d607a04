using Gongkai.Reporting.Letters;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>A unit's own template for one kind of letter, as uploaded.</summary>
/// <param name="Kind">Which letter.</param>
/// <param name="FileName">The uploaded file's name.</param>
/// <param name="Content">The DOCX.</param>
public sealed record LetterTemplateUpload(LetterKind Kind, string FileName, byte[] Content);
