namespace Gongkai.LoadBenchmarks;

/// <summary>One page under load: its name in the results and the address a virtual user asks for next.</summary>
internal sealed record PageLoad(string Name, Func<Random, string> NextPath)
{
    /// <summary>
    /// The pages measured, the baselines first: a static file and the login page cost the same whatever the store
    /// holds, so they show how fast the machine is and make the other figures comparable between machines.
    /// </summary>
    public static IReadOnlyList<PageLoad> For(ProvinceFacts province) =>
    [
        new("baseline: static file /css/site.css", _ => "/css/site.css"),
        new("baseline: login page /login", _ => "/login"),
        new($"report detail, random of {province.ReportIds.Count}", r => $"/reports/{province.ReportIds[r.Next(province.ReportIds.Count)]}"),
        new($"dashboard {province.Region} {province.Year} ({province.Units} units)", _ => $"/dashboard?region={Uri.EscapeDataString(province.Region)}&year={province.Year}"),
        new("report list, pages 1-20", r => $"/reports?page={r.Next(1, 21)}"),
    ];
}
