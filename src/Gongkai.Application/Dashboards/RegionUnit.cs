using Gongkai.Store;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Dashboards;

/// <summary>A registered unit placed directly in the region shown, with its report for the year when stored.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Report">Its report, or <see langword="null"/> when it has none for the year.</param>
public sealed record RegionUnit(RegisteredUnit Unit, StoredReport? Report);
