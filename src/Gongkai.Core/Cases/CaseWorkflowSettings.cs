namespace Gongkai.Core.Cases;

/// <summary>The numbers the workflow checks against, as settings.</summary>
public sealed record CaseWorkflowSettings
{
    /// <summary>The defaults of the 条例.</summary>
    public static CaseWorkflowSettings Default { get; } = new();

    /// <summary>The longest extension, in working days (条例 art. 33 ¶2: at most 20).</summary>
    public int MaxExtensionWorkingDays { get; init; } = 20;
}
