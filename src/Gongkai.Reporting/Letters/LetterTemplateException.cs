namespace Gongkai.Reporting.Letters;

/// <summary>
/// A letter template cannot be used: not a Word document (.docx), too large, damaged, or with a placeholder that is
/// unknown or has no value. The message is in Chinese and names the problem; it can be shown to the user as it is.
/// </summary>
public sealed class LetterTemplateException : InvalidOperationException
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public LetterTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and its cause.</summary>
    public LetterTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the default message.</summary>
    public LetterTemplateException()
        : base("文书模板无法使用。")
    {
    }
}
