using Gongkai.Core.Rules;

namespace Gongkai.Application.Checking;

/// <summary>What to check, and how (the options of <c>gongkai check</c> and <c>gongkai parse</c>).</summary>
public sealed record CheckOptions
{
    /// <summary>The files to read and check, already expanded from the folders given.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>The read time budget per file (<c>--timeout</c>); the default when <see langword="null"/>.</summary>
    public TimeSpan? ReadTimeout { get; init; }

    /// <summary>Files read at once (<c>-j</c>); the number of processors when <see langword="null"/>. Results come in input order whatever the number.</summary>
    public int? Jobs { get; init; }

    /// <summary>
    /// The issuing bodies' level when the caller knows it (a registry, a form); <see langword="null"/> to infer it from
    /// each report's agency name (条例 art. 49 deadlines differ by level).
    /// </summary>
    public AgencyLevel? AgencyLevel { get; init; }
}
