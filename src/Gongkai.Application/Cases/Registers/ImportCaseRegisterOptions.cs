using Gongkai.Store;

namespace Gongkai.Application.Cases.Registers;

/// <summary>Which register file to import into which unit, for whom.</summary>
public sealed record ImportCaseRegisterOptions
{
    /// <summary>The caller's scope: the unit must be in it, and the caller must be one who handles cases.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>Who imports (the store's created-by; steps without a 经办人 are recorded as this user's).</summary>
    public required string User { get; init; }

    /// <summary>The unit the cases are registered in.</summary>
    public required string UnitId { get; init; }

    /// <summary>The file's bytes (XLSX or CSV).</summary>
    public required byte[] Content { get; init; }

    /// <summary>The file's name, for messages.</summary>
    public required string FileName { get; init; }

    /// <summary>The agency's headers mapped to the template's: <c>我方列名=模板列名</c> pairs (or a mapping file's lines).</summary>
    public IReadOnlyList<string> Mapping { get; init; } = [];

    /// <summary>Import the good rows and list the bad ones; otherwise any bad row stops the whole import.</summary>
    public bool Partial { get; init; }

    /// <summary>Read and compare only: count what would be added and updated, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The day the stored deadlines are computed as of; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
