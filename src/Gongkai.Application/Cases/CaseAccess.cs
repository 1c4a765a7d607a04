using Gongkai.Store;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Cases;

/// <summary>
/// Who may read and write cases. Reading follows the scope (a case outside it is not found, as one that does not
/// exist; the public reaches no case); writing is the handling unit's (填报单位) and the 系统管理员's: a 区域管理员
/// supervises the cases of its region but does not handle them.
/// </summary>
public static class CaseAccess
{
    /// <summary>Whether a caller of <paramref name="scope"/> may register and change cases (within it).</summary>
    public static bool MayWrite(AccessScope scope) =>
        (scope ?? throw new ArgumentNullException(nameof(scope))).Kind is AccessKind.All or AccessKind.Unit;

    /// <summary>The registered unit <paramref name="unitId"/> when a caller of <paramref name="scope"/> may see its cases.</summary>
    public static RegisteredUnit? Unit(ReportStore store, string unitId, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Kind == AccessKind.Public)
        {
            return null;
        }

        return store.Units().FirstOrDefault(u => u.Code == unitId && scope.Covers(u));
    }

    /// <summary>
    /// Why a caller of <paramref name="scope"/> may not change <paramref name="unitId"/>'s cases — the unit is not
    /// in the scope (not found, as absent), or the role only reads —, or <see langword="null"/> when it may.
    /// </summary>
    internal static UseCaseFailure? WriteRefusal(ReportStore store, string unitId, AccessScope scope) =>
        Unit(store, unitId, scope) is null ? UnitNotFound(unitId) : MayWrite(scope) ? null : Forbidden();

    internal static UseCaseFailure CaseNotFound(string caseId) => new(FailureKind.NotFound, $"没有找到编号为 {caseId} 的申请，或您无权查看。");

    internal static UseCaseFailure UnitNotFound(string unitId) => new(FailureKind.NotFound, $"没有找到单位 {unitId}，或您无权查看其申请。");

    internal static UseCaseFailure Forbidden() => new(FailureKind.Forbidden, "只有本单位的填报人员和系统管理员可以登记或修改申请，区域管理员只能查看。");

    internal static UseCaseFailure Conflict(string number) =>
        new(FailureKind.Conflict, $"申请 {number} 已被他人修改过，您的修改未保存，以免覆盖。请重新打开该申请，再做修改。");
}
