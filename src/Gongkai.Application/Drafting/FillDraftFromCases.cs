using System.Globalization;
using Gongkai.Application.Cases.Tables;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Drafting;

/// <summary>
/// Sets a draft's tables 三 and 四 to those counted from its unit's cases of the year (<see cref="BuildCaseTables"/>, in the
/// draft's format), keeping everything else; saved as <see cref="SaveDraft"/> saves typed input, so a draft saved since
/// <see cref="DraftOptions.Revision"/> is not overwritten (a conflict) and the totals are computed the same way.
/// </summary>
public static class FillDraftFromCases
{
    /// <summary>Fills draft <see cref="DraftOptions.DraftId"/> (its <see cref="DraftOptions.Input"/> is not used).</summary>
    public static DraftResult Run(ReportStore store, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (store.Drafts.Find(options.DraftId, options.Scope) is not { } draft)
        {
            return new DraftResult { Failure = GetDraft.NotFound(options.DraftId) };
        }

        var report = DraftReports.Read(draft);
        var tables = BuildCaseTables.Run(store, new CaseTablesOptions
        {
            Scope = options.Scope,
            UnitCode = draft.UnitCode,
            Year = draft.Year,
            Edition = (report.Template ?? TemplateVersionExtensions.RequiredFor(draft.Year)).ToJsonValue(),
        });
        if (tables.Failure is { } failure)
        {
            return new DraftResult { Failure = failure };
        }

        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var table in new[] { tables.Requests!, tables.Appeals! })
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    cells[new CellRef(table.Kind, row.Key, cell.Column).Path] = cell.Value?.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        return SaveDraft.Run(store, options with { Input = new DraftInput { Cells = cells } });
    }
}
