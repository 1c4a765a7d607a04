namespace Gongkai.Core.Model;

/// <summary>
/// What the portal that published a report says about it, apart from the report's own text: the header block a
/// crawl or a portal's page puts above the body (标题 / 发布时间 / 发布机构 / 原始链接). Kept apart because the portal's
/// 发布时间 is not the report's 落款 date and its 发布机构 is not always the reporting agency.
/// </summary>
public sealed record PortalMetadata
{
    /// <summary>The page's title (标题), as the portal prints it.</summary>
    public string? Title { get; init; }

    /// <summary>When the portal published the page (发布时间), local time as printed; never the report's 落款 date.</summary>
    public DateTime? PublishedAt { get; init; }

    /// <summary>The publishing body the portal names (发布机构), which may be empty or differ from the agency.</summary>
    public string? Publisher { get; init; }

    /// <summary>The page's address (原始链接 / 原文链接).</summary>
    public string? Url { get; init; }

    /// <summary>Where the title was read in the file (not written to JSON).</summary>
    public SourceRef TitleSource { get; init; }

    /// <summary>Where the publisher was read in the file (not written to JSON).</summary>
    public SourceRef PublisherSource { get; init; }

    /// <summary>Whether the header said nothing worth keeping.</summary>
    public bool IsEmpty => Title is null && PublishedAt is null && Publisher is null && Url is null;
}
