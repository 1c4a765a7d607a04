namespace Gongkai.Application.Drafting;

/// <summary>
/// What the user typed into a draft: cells by their canonical path (<c>requests.newReceived.natural</c>), the six
/// sections' texts by their JSON key (<c>overview</c> …) and the 落款 date. What is absent keeps the draft's value.
/// </summary>
public sealed record DraftInput
{
    /// <summary>Nothing typed: the draft as stored.</summary>
    public static DraftInput None { get; } = new();

    /// <summary>The cells' texts by path; an empty text is a blank cell (blank is not zero).</summary>
    public IReadOnlyDictionary<string, string?> Cells { get; init; } = new Dictionary<string, string?>();

    /// <summary>The sections' texts (Markdown as the user writes it) by the section's JSON key.</summary>
    public IReadOnlyDictionary<string, string?> Sections { get; init; } = new Dictionary<string, string?>();

    /// <summary>The 落款 date as <c>yyyy-MM-dd</c>, empty for none, or <see langword="null"/> to keep the draft's.</summary>
    public string? PublishedOn { get; init; }
}
