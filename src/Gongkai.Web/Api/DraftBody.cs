using Gongkai.Application.Drafting;

namespace Gongkai.Web.Api;

/// <summary>
/// What a client sends to check or save a draft: cells by canonical path (<c>requests.newReceived.naturalPerson</c>) as
/// typed (an empty text is blank), sections' Markdown by key (<c>overview</c> …), the 落款 date (yyyy-MM-dd), and for a
/// save the revision the edit started from.
/// </summary>
internal sealed record DraftBody(Dictionary<string, string?>? Cells, Dictionary<string, string?>? Sections, string? PublishedOn, int? Revision)
{
    public DraftInput ToInput() => new()
    {
        Cells = Cells ?? [],
        Sections = Sections ?? [],
        PublishedOn = PublishedOn,
    };
}
