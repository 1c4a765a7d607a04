using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Cases;

/// <summary>One step to record on a case, for whom.</summary>
public sealed record RecordCaseStepOptions
{
    /// <summary>Who is asking: the case must be in the scope, and the scope may write (<see cref="CaseAccess.MayWrite"/>).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public required string User { get; init; }

    /// <summary>The case's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>The version the user's page showed (<see cref="CaseView.Version"/>): a case changed since is not overwritten.</summary>
    public required int ExpectedVersion { get; init; }

    /// <summary>The step (one of the step records of <c>Gongkai.Core.Cases</c>).</summary>
    public required CaseStep Step { get; init; }

    /// <summary>Whether to generate and store the letter the step calls for (<see cref="Letters.CaseLetterKinds.ForStep"/>).</summary>
    public bool GenerateLetter { get; init; }

    /// <summary>Values for that letter that win over the case's (e.g. 文书编号).</summary>
    public IReadOnlyDictionary<string, string> LetterValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Today; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
