using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>One draft, for whom (reading, checking, saving, submitting and rendering take it).</summary>
public sealed record DraftOptions
{
    /// <summary>Who is asking: a draft of a unit outside the scope is not found.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The draft's id.</summary>
    public required long DraftId { get; init; }

    /// <summary>What the user typed since it was loaded (<see cref="DraftInput.None"/> for the draft as stored).</summary>
    public DraftInput Input { get; init; } = DraftInput.None;

    /// <summary>The revision the user's input started from (saving refuses when the draft has moved on).</summary>
    public int? Revision { get; init; }

    /// <summary>The user's name (saving and submitting record it).</summary>
    public string User { get; init; } = "";
}
