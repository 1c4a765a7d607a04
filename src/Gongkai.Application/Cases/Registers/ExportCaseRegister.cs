using Gongkai.Core.Cases;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// A unit's (or a scope's) cases of a year, or all, as the register workbook in the template's layout, in receipt
/// order: what <see cref="ImportCaseRegister"/> reads back to the same cases.
/// </summary>
public static class ExportCaseRegister
{
    private const int PageSize = 500;

    /// <summary>Exports as <paramref name="options"/> says; failures are in the result.</summary>
    public static ExportCaseRegisterResult Run(ReportStore store, ExportCaseRegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.UnitId is { } unit && CaseAccess.Unit(store, unit, options.Scope) is null)
        {
            return new ExportCaseRegisterResult { Failure = CaseAccess.UnitNotFound(unit) };
        }

        return CaseStoreErrors.Guard(store, () => Export(store, options), failure => new ExportCaseRegisterResult { Failure = failure });
    }

    private static ExportCaseRegisterResult Export(ReportStore store, ExportCaseRegisterOptions options)
    {
        var cases = new List<RequestCase>();
        for (var page = 1; ; page++)
        {
            var batch = store.Cases.List(new CaseQuery { UnitId = options.UnitId, ReceivedYear = options.Year, Page = page, PageSize = PageSize }, options.Scope);
            cases.AddRange(batch.Select(s => store.Cases.Get(s.Id, options.Scope)?.Case).OfType<RequestCase>());
            if (batch.Count < PageSize)
            {
                break;
            }
        }

        using var stream = new MemoryStream();
        RegisterWorkbook.Write(stream, cases.OrderBy(c => c.UnitId, StringComparer.Ordinal).ThenBy(c => c.Received).ThenBy(c => c.Number, StringComparer.Ordinal));
        return new ExportCaseRegisterResult { Content = stream.ToArray(), Cases = cases.Count };
    }
}
