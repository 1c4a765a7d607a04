using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>A unit's case profile as a page shows it.</summary>
/// <param name="Profile">The stored values (blank ones <see langword="null"/>).</param>
/// <param name="UnitName">The unit's registry name.</param>
/// <param name="AgencyName">The name letters print: the profile's, else the registry's.</param>
/// <param name="Templates">The unit's own templates (kinds not listed use the default).</param>
/// <param name="CanWrite">Whether the caller may change it.</param>
public sealed record CaseProfileView(CaseProfile Profile, string UnitName, string AgencyName, IReadOnlyList<StoredLetterTemplate> Templates, bool CanWrite);
