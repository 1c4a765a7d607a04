using Gongkai.Core.Comparison;

namespace Gongkai.Eval;

/// <summary>One corpus file scored against its truth.</summary>
/// <param name="RawFile">The report file.</param>
/// <param name="TruthFile">The truth JSON.</param>
/// <param name="Format">The format the parser detected, or <c>unreadable</c>.</param>
/// <param name="Comparisons">Every compared value.</param>
/// <param name="Failure">Why the file could not be parsed, or null.</param>
public sealed record EvaluatedFile(string RawFile, string TruthFile, string Format, IReadOnlyList<CellComparison> Comparisons, string? Failure)
{
    /// <summary>How many values agree.</summary>
    public int Correct => Comparisons.Count(c => c.IsMatch);

    /// <summary>How many values were compared.</summary>
    public int Total => Comparisons.Count;

    /// <summary>Whether every value agrees.</summary>
    public bool IsExact => Failure is null && Correct == Total;
}
