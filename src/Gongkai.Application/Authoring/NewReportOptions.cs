namespace Gongkai.Application.Authoring;

/// <summary>
/// The skeleton to create (the options of <c>gongkai new</c>). The template and the date are the texts as the user gave
/// them, so that every front end gets the same checks and the same Chinese messages.
/// </summary>
public sealed record NewReportOptions
{
    /// <summary>The agency's name, as printed in the title and the signature.</summary>
    public required string Agency { get; init; }

    /// <summary>The report's year (the year of the 统计期限).</summary>
    public required int Year { get; init; }

    /// <summary>The table format, <c>2019</c> or <c>2021</c>; <see langword="null"/> for the one the year requires.</summary>
    public string? Template { get; init; }

    /// <summary>The 落款 date as <c>yyyy-MM-dd</c>; <see langword="null"/> to leave it to be filled in.</summary>
    public string? Date { get; init; }

    /// <summary>The output directory; the current directory by default.</summary>
    public string? OutDirectory { get; init; }

    /// <summary>Overwrite existing files of the same names.</summary>
    public bool Force { get; init; }

    /// <summary>The registered unit whose cases fill tables 三 and 四 (<c>--tables-from-cases</c>), or <see langword="null"/> to leave them blank.</summary>
    public string? TablesFromCases { get; init; }

    /// <summary>The store holding those cases (<c>--db</c>); <see langword="null"/> for the environment's or the default.</summary>
    public string? Database { get; init; }
}
