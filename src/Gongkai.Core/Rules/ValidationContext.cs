namespace Gongkai.Core.Rules;

/// <summary>What the validator knows beyond the report itself.</summary>
public sealed record ValidationContext
{
    /// <summary>No outside knowledge: agency level guessed from the name.</summary>
    public static ValidationContext Default { get; } = new();

    /// <summary>The issuing body's level from a registry; <see langword="null"/> to infer it from the name.</summary>
    public AgencyLevel? AgencyLevel { get; init; }
}
