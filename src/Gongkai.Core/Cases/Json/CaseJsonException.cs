namespace Gongkai.Core.Cases.Json;

/// <summary>A case's stored JSON could not be read; the message is for the user (Simplified Chinese).</summary>
public sealed class CaseJsonException : Exception
{
    /// <summary>Creates the exception with its user-facing message.</summary>
    public CaseJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its user-facing message and the parser's error.</summary>
    public CaseJsonException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with the generic message.</summary>
    public CaseJsonException()
        : base("案件数据格式有误。")
    {
    }
}
