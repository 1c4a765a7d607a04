using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>Changes to a unit's case profile and letter templates, for whom.</summary>
public sealed record EditCaseProfileOptions
{
    /// <summary>Who is asking: the unit must be in the scope, and the scope may write (<see cref="CaseAccess.MayWrite"/>).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public required string User { get; init; }

    /// <summary>The unit.</summary>
    public required string UnitId { get; init; }

    /// <summary>The profile's values to change.</summary>
    public CaseProfileChanges Changes { get; init; } = new();

    /// <summary>Own templates to store (each checked by <see cref="LetterWriter.Validate"/>).</summary>
    public IReadOnlyList<LetterTemplateUpload> Templates { get; init; } = [];

    /// <summary>Kinds whose own template is dropped, so the default applies again.</summary>
    public IReadOnlyList<LetterKind> ResetTemplates { get; init; } = [];
}
