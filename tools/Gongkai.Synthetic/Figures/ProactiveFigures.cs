using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Figures;

/// <summary>Table 二 in either edition, continuing the unit's chains (对外公开总数量, 上一年项目数量, 现行有效件数).</summary>
internal static class ProactiveFigures
{
    private const TableKind Table = TableKind.Proactive;

    // (row, typical 上一年项目数量, typical 处理决定数量) at scale 1; 行政事业性收费 has no decisions.
    private static readonly (RowKey Row, double Items, double Decisions)[] ItemRows =
    [
        (ProactiveTemplate.Licensing, 45, 1500), (ProactiveTemplate.OtherServices, 20, 500), (ProactiveTemplate.Punishment, 55, 400), (ProactiveTemplate.Coercion, 10, 50), (ProactiveTemplate.Fees, 5, 0),
    ];

    public static void Fill(FigureSheet sheet, UnitProfile profile, UnitState state, Random random)
    {
        if (sheet.Template.Version == TemplateVersion.V2019)
        {
            Fill2019(sheet, profile, state, random);
        }
        else
        {
            Fill2021(sheet, profile, state, random);
        }
    }

    private static void Fill2019(FigureSheet sheet, UnitProfile profile, UnitState state, Random random)
    {
        foreach (var row in ProactiveTemplate.DocumentRows)
        {
            var made = Documents(row, profile, random);
            var total = state.Published.GetValueOrDefault(row, made * random.Next(3, 12)) + made;
            (sheet[Table, row, ProactiveTemplate.NewlyMade], sheet[Table, row, ProactiveTemplate.NewlyPublished], sheet[Table, row, ProactiveTemplate.TotalPublished]) = (made, made, total);
            state.Published[row] = total;
        }

        foreach (var (row, items, decisions) in ItemRows)
        {
            var previous = state.Items.GetValueOrDefault(row, Scaled(items, profile, random));
            var change = Math.Max(-previous, (int)Math.Round(previous * UnitProfile.Between(random, -0.1, 0.15)));
            sheet[Table, row, ProactiveTemplate.PreviousItems] = previous;
            sheet[Table, row, ProactiveTemplate.Change] = change;
            if (decisions > 0)
            {
                sheet[Table, row, ProactiveTemplate.Decisions] = Scaled(decisions, profile, random);
            }

            state.Items[row] = previous + change;
        }

        var projects = Scaled(8, profile, random);
        sheet[Table, ProactiveTemplate.Procurement, ProactiveTemplate.Projects] = projects;
        sheet[Table, ProactiveTemplate.Procurement, ProactiveTemplate.Amount] = Money(projects * UnitProfile.Between(random, 3, 60));
    }

    private static void Fill2021(FigureSheet sheet, UnitProfile profile, UnitState state, Random random)
    {
        foreach (var row in ProactiveTemplate.DocumentRows)
        {
            var issued = Documents(row, profile, random);

            // The 2019 format has no 现行有效件数: the chain starts in the first 2021-format year from part of what was published.
            var previous = state.InForce.GetValueOrDefault(row, (int)(state.Published.GetValueOrDefault(row, issued * 8) * UnitProfile.Between(random, 0.4, 0.7)));
            var repealed = (int)(previous * UnitProfile.Between(random, 0, 0.1));
            var inForce = previous + issued - repealed;
            (sheet[Table, row, ProactiveTemplate.Issued], sheet[Table, row, ProactiveTemplate.Repealed], sheet[Table, row, ProactiveTemplate.InForce]) = (issued, repealed, inForce);
            state.InForce[row] = inForce;
        }

        foreach (var (row, _, decisions) in ItemRows.Where(r => ProactiveTemplate.V2021.Row(r.Row)?.Columns.Any(c => c.Id == ProactiveTemplate.Decisions) == true))
        {
            sheet[Table, row, ProactiveTemplate.Decisions] = Scaled(decisions, profile, random);
        }

        sheet[Table, ProactiveTemplate.Fees, ProactiveTemplate.Amount] = profile.Kind == UnitKind.Town ? 0 : Money(40 * profile.Scale * random.NextDouble());
    }

    // 规章 are made only by the province and the cities (立法法 art. 93); 规范性文件 by everyone.
    private static int Documents(string row, UnitProfile profile, Random random) => row == ProactiveTemplate.Rules
        ? profile.MakesRules ? random.Next(0, profile.Kind == UnitKind.ProvinceGovernment ? 11 : 6) : 0
        : (int)Math.Round(UnitProfile.Between(random, 0, 6) * profile.Scale);

    private static int Scaled(double typical, UnitProfile profile, Random random) =>
        (int)Math.Round(typical * profile.Scale * UnitProfile.Between(random, 0.2, 1.8));

    private static decimal Money(double amount) => decimal.Round((decimal)amount, 2);
}
