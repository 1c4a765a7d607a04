using Gongkai.Core.Diagnostics;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>Text decoded from bytes, with the encoding that was used.</summary>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics);
