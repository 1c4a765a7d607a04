namespace Gongkai.Application.Cases.Registers;

/// <summary>What a register import did (新增/更新/未变/有错误), the rows' errors, or why nothing was imported.</summary>
public sealed record ImportCaseRegisterResult
{
    /// <summary>Cases registered (新增).</summary>
    public int Added { get; init; }

    /// <summary>Cases with the same number that had changed and were written over (更新).</summary>
    public int Updated { get; init; }

    /// <summary>Cases with the same number and nothing changed (未变).</summary>
    public int Unchanged { get; init; }

    /// <summary>Rows with errors (有错误): not imported.</summary>
    public int ErrorRows { get; init; }

    /// <summary>Every row error, in Chinese, each starting with 第 N 行.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Headers of the file that match no register column (their columns were not read).</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; init; } = [];

    /// <summary>Whether nothing was written (a dry run).</summary>
    public bool DryRun { get; init; }

    /// <summary>Why nothing was imported; <see langword="null"/> when the import went through (with <see cref="ImportCaseRegisterOptions.Partial"/>, bad rows left out).</summary>
    public UseCaseFailure? Failure { get; init; }
}
