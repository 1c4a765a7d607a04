using Gongkai.Store;

namespace Gongkai.Application.Cases.Registers;

/// <summary>Whose cases to export as a register.</summary>
public sealed record ExportCaseRegisterOptions
{
    /// <summary>The caller's scope: only its units' cases are exported.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>
    /// One unit's cases (the register imports back into it), or <see langword="null"/> for every unit in the scope (the
    /// register has no unit column: such a file is for reading, not for importing back).
    /// </summary>
    public string? UnitId { get; init; }

    /// <summary>Only the cases received in this year; <see langword="null"/> for all.</summary>
    public int? Year { get; init; }
}
