namespace Gongkai.Application.Units;

/// <summary>What a registry import changed, or the problems in the file that stopped it before anything was written.</summary>
public sealed record RegistryImportResult
{
    /// <summary>Units added.</summary>
    public int Added { get; init; }

    /// <summary>Units updated (by code).</summary>
    public int Updated { get; init; }

    /// <summary>Stored reports that now match a unit and were linked to it.</summary>
    public int Linked { get; init; }

    /// <summary>Every problem in the file (Chinese, naming the file and line); nothing is imported when there is one.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Why nothing was imported; <see langword="null"/> when the registry was imported.</summary>
    public UseCaseFailure? Failure { get; init; }
}
