namespace Gongkai.Reporting.Tabular;

/// <summary>
/// A table does not fit the target format (too many rows for an Excel sheet, a text too long for a cell). The
/// message is in Chinese and can be shown to the user as it is.
/// </summary>
/// <remarks>
/// Thrown while writing: the output is incomplete and must be discarded. The writers never truncate silently.
/// </remarks>
public sealed class TabularLimitException : InvalidOperationException
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public TabularLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and its cause.</summary>
    public TabularLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public TabularLimitException()
    {
    }
}
