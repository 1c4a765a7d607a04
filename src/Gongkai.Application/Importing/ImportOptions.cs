namespace Gongkai.Application.Importing;

/// <summary>What to import, and how (the options of <c>gongkai import</c>).</summary>
public sealed record ImportOptions
{
    /// <summary>The files to import, already expanded from the folders given.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Parsing threads; the number of processors when <see langword="null"/>.</summary>
    public int? Jobs { get; init; }

    /// <summary>Make these files' versions current, even over newer ones (<c>--make-current</c>).</summary>
    public bool MakeCurrent { get; init; }

    /// <summary>The read time budget per file (<c>--timeout</c>); the default when <see langword="null"/>.</summary>
    public TimeSpan? ReadTimeout { get; init; }
}
