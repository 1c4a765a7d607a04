namespace Gongkai.Parsing.Reading.Text;

/// <summary>One line of decoded text with its 1-based number and, for text with form feeds, its page.</summary>
internal readonly record struct TextLine(string Text, int Number, int Page)
{
    /// <summary>Whether the line is empty or whitespace only.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
