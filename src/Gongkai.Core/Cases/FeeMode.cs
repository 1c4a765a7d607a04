namespace Gongkai.Core.Cases;

/// <summary>How an information processing fee is computed (国办函〔2020〕109号): per application one mode, never both.</summary>
public enum FeeMode
{
    /// <summary>按件: by item, progressive per applicant per calendar month.</summary>
    PerItem,

    /// <summary>按量: by page, progressive per application.</summary>
    PerVolume,
}
