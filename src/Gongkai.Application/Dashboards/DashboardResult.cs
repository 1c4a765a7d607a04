namespace Gongkai.Application.Dashboards;

/// <summary>A region's dashboard, or why the store could not give it.</summary>
public sealed record DashboardResult
{
    /// <summary>The dashboard; <see langword="null"/> when <see cref="Failure"/> says why.</summary>
    public RegionDashboard? Dashboard { get; init; }

    /// <summary>Why there is no dashboard (the store could not be read), or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
