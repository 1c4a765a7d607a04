using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>A picture in the document's flow (a table published as an image needs OCR to be read).</summary>
/// <param name="Description">The alt text or file name, when the format gives one.</param>
/// <param name="Source">Where the picture is.</param>
public sealed record SourceImage(string? Description, SourceRef Source) : Block(Source);
