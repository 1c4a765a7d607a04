namespace Gongkai.Application.Dashboards;

/// <summary>A region one level below the one shown, to drill down into.</summary>
/// <param name="Path">Its full path (<c>青禾省/青禾市/鹭汀县</c>).</param>
/// <param name="Name">Its own name (the path's last segment).</param>
/// <param name="Expected">Registered units in it and below it.</param>
/// <param name="Reported">Those with a report for the year.</param>
public sealed record SubRegion(string Path, string Name, int Expected, int Reported);
