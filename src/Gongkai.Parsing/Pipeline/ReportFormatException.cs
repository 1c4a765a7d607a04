using Gongkai.Core.Diagnostics;

namespace Gongkai.Parsing.Pipeline;

/// <summary>In strict mode: the report has errors. Lenient parsing (the default) returns them as diagnostics instead.</summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public ReportFormatException(string file, IReadOnlyList<Diagnostic> errors)
        : base($"{file}：报告有 {errors.Count} 个错误，首个为 {errors.FirstOrDefault()?.Code} {errors.FirstOrDefault()?.Message}")
    {
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public ReportFormatException()
        : base("报告有错误。")
    {
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public ReportFormatException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public ReportFormatException(string message, Exception inner)
        : base(message, inner)
    {
        Errors = [];
    }

    /// <summary>The errors found.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }
}
