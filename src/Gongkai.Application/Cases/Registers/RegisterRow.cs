using Gongkai.Core.Cases;

namespace Gongkai.Application.Cases.Registers;

/// <summary>One data row of a register read as a case, or why it cannot be.</summary>
/// <param name="Row">The sheet row (1-based), as the user sees it.</param>
/// <param name="Case">The case with its steps applied (its <see cref="RequestCase.Id"/> empty until stored); <see langword="null"/> with errors.</param>
/// <param name="Errors">The row's problems, in Chinese, each starting with 第 N 行.</param>
public sealed record RegisterRow(int Row, RequestCase? Case, IReadOnlyList<string> Errors);
