using System.Text;

namespace Gongkai.Parsing.Pdf.Bounds;

/// <summary>
/// Counts what a content stream asks of a PDF reader, fed in chunks as it is inflated, without building anything:
/// operators, bytes of text strings (each a glyph code), and the XObjects drawn with <c>Do</c>.
/// </summary>
/// <remarks>
/// A tokenizer of PDF content syntax (ISO 32000-1, 7.2 and 8.9.7): names, literal strings with nesting and escapes,
/// hex strings, comments, and inline image data skipped from <c>ID</c> to <c>EI</c>. Any other run of regular
/// characters that is not a number or a boolean is an operator.
/// </remarks>
internal sealed class ContentStreamScanner
{
    private const int MaxTokenLength = 127;

    private readonly StringBuilder _token = new();
    private readonly StringBuilder _lastName = new();
    private State _state;
    private int _stringDepth;
    private bool _escape;
    private int _hexDigits;
    private bool _hasLastName;
    private int _inlineImageMatch;

    private enum State
    {
        Between,
        Token,
        Name,
        LiteralString,
        HexString,
        Comment,
        InlineImage,
    }

    /// <summary>Operators seen.</summary>
    public long Operators { get; private set; }

    /// <summary>Bytes of string operands (the glyph codes of text-showing operators, at most one letter each).</summary>
    public long TextBytes { get; private set; }

    /// <summary>The names given to <c>Do</c>, in order, each time it is used.</summary>
    public List<string> Drawn { get; } = [];

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        foreach (var b in chunk)
        {
            Next(b);
        }
    }

    /// <summary>Ends the stream: a token running to its end is counted.</summary>
    public void Finish() => EndToken();

    private void Next(byte b)
    {
        switch (_state)
        {
            case State.LiteralString:
                InLiteralString(b);
                return;
            case State.HexString:
                if (b == '<' && _hexDigits == 0)
                {
                    _state = State.Between; // "<<" opens a dictionary (marked-content properties), not a string
                }
                else if (b == '>')
                {
                    TextBytes += (_hexDigits + 1) / 2;
                    _state = State.Between;
                }
                else if (IsHexDigit(b))
                {
                    _hexDigits++;
                }

                return;
            case State.Comment:
                if (b is (byte)'\r' or (byte)'\n')
                {
                    _state = State.Between;
                }

                return;
            case State.InlineImage:
                InInlineImage(b);
                return;
        }

        if (IsWhiteSpace(b))
        {
            EndToken();
            return;
        }

        if (IsDelimiter(b))
        {
            EndToken();
            switch (b)
            {
                case (byte)'/':
                    _state = State.Name;
                    break;
                case (byte)'(':
                    _state = State.LiteralString;
                    _stringDepth = 1;
                    _escape = false;
                    break;
                case (byte)'<':
                    _state = State.HexString;
                    _hexDigits = 0;
                    break;
                case (byte)'%':
                    _state = State.Comment;
                    break;
            }

            return;
        }

        if (_state == State.Between)
        {
            _state = State.Token;
        }

        if (_token.Length < MaxTokenLength)
        {
            _token.Append((char)b);
        }
    }

    private void InLiteralString(byte b)
    {
        if (_escape)
        {
            _escape = false;
            return;
        }

        switch (b)
        {
            case (byte)'\\':
                _escape = true;
                TextBytes++;
                break;
            case (byte)'(':
                _stringDepth++;
                TextBytes++;
                break;
            case (byte)')' when --_stringDepth == 0:
                _state = State.Between;
                break;
            default:
                TextBytes++;
                break;
        }
    }

    // Inline image data runs to "EI" between white space (8.9.7); the data itself is binary.
    private void InInlineImage(byte b)
    {
        _inlineImageMatch = (_inlineImageMatch, b) switch
        {
            (1, (byte)'E') => 2,
            (2, (byte)'I') => 3,
            (3, _) when IsWhiteSpace(b) => 4,
            _ => IsWhiteSpace(b) ? 1 : 0,
        };
        if (_inlineImageMatch == 4)
        {
            Operators++; // EI
            _inlineImageMatch = 0;
            _state = State.Between;
        }
    }

    // Tokens are classified in place: a page holds thousands of operands, and only the name before a Do is kept.
    private void EndToken()
    {
        var state = _state;
        _state = State.Between;
        if (_token.Length == 0)
        {
            return;
        }

        if (state == State.Name)
        {
            _lastName.Clear().Append(_token);
            _hasLastName = true;
            _token.Clear();
            return;
        }

        var first = _token[0];
        if (char.IsAsciiDigit(first) || first is '+' or '-' or '.' || _token.Equals("true".AsSpan()) || _token.Equals("false".AsSpan()) || _token.Equals("null".AsSpan()))
        {
            _token.Clear();
            return;
        }

        Operators++;
        if (_token.Equals("Do".AsSpan()) && _hasLastName)
        {
            Drawn.Add(_lastName.ToString());
        }
        else if (_token.Equals("ID".AsSpan()))
        {
            _state = State.InlineImage;
            _inlineImageMatch = 1; // the single white-space byte after ID is already behind us
        }

        _token.Clear();
        _hasLastName = false;
    }

    private static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsHexDigit(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
