namespace Gongkai.Core.Serialization;

/// <summary>A JSON document is not a valid <c>gongkai/annual-report@1</c> report.</summary>
public sealed class ReportJsonException : Exception
{
    /// <summary>Creates the exception with a Chinese message.</summary>
    public ReportJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a Chinese message and its cause.</summary>
    public ReportJsonException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ReportJsonException()
        : base("不是有效的年度报告 JSON。")
    {
    }
}
