using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>A unit's case profile within the caller's scope (a unit outside it is not found).</summary>
public static class GetCaseProfile
{
    /// <summary>The profile of <see cref="GetCaseProfileOptions.UnitId"/>, defaults where nothing was saved.</summary>
    public static CaseProfileResult Run(ReportStore store, GetCaseProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () =>
        {
            if (CaseAccess.Unit(store, options.UnitId, options.Scope) is not { } unit)
            {
                return new CaseProfileResult { Failure = CaseAccess.UnitNotFound(options.UnitId) };
            }

            return new CaseProfileResult { Profile = View(store, unit.Code, unit.Name, options.Scope) };
        }, failure => new CaseProfileResult { Failure = failure });
    }

    internal static CaseProfileView View(ReportStore store, string unitId, string unitName, AccessScope scope)
    {
        var profile = store.CaseProfiles.Get(unitId) ?? CaseProfile.Empty(unitId);
        return new CaseProfileView(profile, unitName, profile.AgencyName ?? unitName, store.CaseProfiles.Templates(unitId), CaseAccess.MayWrite(scope));
    }
}
