namespace Gongkai.Core.Cases.Clock;

/// <summary>A holiday calendar file that cannot be used; the message is Chinese and names the file and the line.</summary>
public sealed class CalendarFormatException : Exception
{
    /// <summary>A new exception for line <paramref name="lineNumber"/> of <paramref name="fileName"/>.</summary>
    /// <param name="fileName">The file's name as the user knows it.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="problem">What is wrong with the line, in Chinese.</param>
    public CalendarFormatException(string fileName, int lineNumber, string problem)
        : base($"{fileName} 第 {lineNumber} 行：{problem}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>A new exception without a file (for the serializer-style constructors the analyzers ask for).</summary>
    public CalendarFormatException()
        : this("", 0, "")
    {
    }

    /// <summary>A new exception with <paramref name="message"/> as it is.</summary>
    public CalendarFormatException(string message)
        : base(message)
    {
        FileName = "";
    }

    /// <summary>A new exception with <paramref name="message"/> as it is, caused by <paramref name="innerException"/>.</summary>
    public CalendarFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "";
    }

    /// <summary>The file's name as given to <see cref="WorkingCalendar.FromCsv"/>.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line at fault; 0 when not known.</summary>
    public int LineNumber { get; }
}
