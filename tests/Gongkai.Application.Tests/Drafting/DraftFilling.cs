using Gongkai.Application.Drafting;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Application.Tests.Drafting;

/// <summary>Input that fills a draft in as a careful user would: every empty cell 0, what was pre-filled kept, and table 三 balanced.</summary>
internal static class DraftFilling
{
    public static DraftInput Balanced(DraftView draft, IReadOnlyDictionary<string, string>? changes = null)
    {
        var totals = draft.Totals.Select(t => t.Total).ToHashSet();
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var table in new[] { draft.Report.Proactive, draft.Report.Requests, draft.Report.Appeals })
        {
            foreach (var row in table!.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    var at = new CellRef(table.Kind, row.Key, cell.Column);
                    if (!totals.Contains(at))
                    {
                        cells[at.Path] = cell.Value is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
                    }
                }
            }
        }

        // 一 + 二 = 三(七) + 四 with nothing received or handled: what was carried over is carried forward.
        foreach (var column in RequestsTemplate.ApplicantColumns)
        {
            cells[new CellRef(TableKind.Requests, RequestsTemplate.CarriedForward, column).Path] = cells[new CellRef(TableKind.Requests, RequestsTemplate.CarriedOver, column).Path];
        }

        foreach (var (path, text) in changes ?? new Dictionary<string, string>())
        {
            cells[path] = text;
        }

        return new DraftInput { Cells = cells, PublishedOn = $"{draft.Stored.Year + 1}-01-20" };
    }
}
