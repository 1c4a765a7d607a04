using Gongkai.Core.Model;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Cases.Tables;

/// <summary>Tables 三 and 四 of a unit's year counted from its cases, or why not.</summary>
public sealed record CaseTablesView
{
    /// <summary>The unit.</summary>
    public RegisteredUnit? Unit { get; init; }

    /// <summary>The year.</summary>
    public int Year { get; init; }

    /// <summary>The format the tables follow.</summary>
    public TemplateVersion Edition { get; init; }

    /// <summary>Table 三 (every cell a count), <see langword="null"/> on failure.</summary>
    public ReportTable? Requests { get; init; }

    /// <summary>Table 四 (every cell a count), <see langword="null"/> on failure.</summary>
    public ReportTable? Appeals { get; init; }

    /// <summary>A note when the format asked for is not the one the year requires (Chinese), else <see langword="null"/>.</summary>
    public string? EditionNote { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
