using Gongkai.Reporting.Letters;

namespace Gongkai.Application.Cases;

/// <summary>A letter generated for a case and stored on it.</summary>
/// <param name="Id">The stored letter's id (<see cref="Letters.GetLetter"/>).</param>
/// <param name="Kind">Which letter.</param>
/// <param name="FileName">The file name, e.g. <c>补正告知书-2026-0003.docx</c>.</param>
/// <param name="Docx">The DOCX.</param>
/// <param name="Html">Its print view (<see cref="LetterPrintView"/>).</param>
/// <param name="Warnings">Chinese warnings: the placeholders left without a value (they stay visible in the letter).</param>
public sealed record CaseLetter(long Id, LetterKind Kind, string FileName, byte[] Docx, string Html, IReadOnlyList<string> Warnings);
