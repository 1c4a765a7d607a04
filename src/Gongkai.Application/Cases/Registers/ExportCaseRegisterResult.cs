namespace Gongkai.Application.Cases.Registers;

/// <summary>The register workbook, or why there is none.</summary>
public sealed record ExportCaseRegisterResult
{
    /// <summary>The XLSX bytes: the template's layout with one row per case.</summary>
    public byte[] Content { get; init; } = [];

    /// <summary>How many cases it holds.</summary>
    public int Cases { get; init; }

    /// <summary>Why nothing was exported; <see langword="null"/> on success.</summary>
    public UseCaseFailure? Failure { get; init; }
}
