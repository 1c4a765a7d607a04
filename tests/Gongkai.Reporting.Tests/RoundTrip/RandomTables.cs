using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>Random tables 二, 三 and 四 of one edition in which every statutory relation holds.</summary>
/// <remarks>
/// Table 三: per column 一 + 二 = (七) + 四, (七) = the sum of the outcome rows, 总计 = the sum of the applicant
/// columns. Table 四: each group's 总计 = its four parts. Table 二: 对外公开总数量 ≥ 本年新公开数量 (2019),
/// 现行有效件数 ≥ 本年制发件数 (2021), 上一年项目数量 + 本年增/减 ≥ 0.
/// </remarks>
internal static class RandomTables
{
    // Where handled requests mostly end up: 予以公开, 本机关不掌握, 部分公开, then the rest.
    private static readonly string[] LikelyOutcomes = ["granted", "granted", "unavailable.notHeld", "partiallyGranted", "rejected.duplicate", "withheld.process"];

    /// <summary>Table 三 of <paramref name="version"/>.</summary>
    public static ReportTable Requests(TemplateVersion version, Random random, int scale)
    {
        var outcomes = RequestsTemplate.OutcomeRows(version).Select(o => o.Key).ToList();
        var applicants = RequestsTemplate.ApplicantColumns;
        var values = RequestsTemplate.For(version).Rows.ToDictionary(r => r.Key, _ => new int[applicants.Count + 1]);
        for (var c = 0; c < applicants.Count; c++)
        {
            var person = c == 0;
            var received = RandomValues.Count(random, person ? 0.3 : 0.75, person ? scale : Math.Max(0, scale - 1));
            var carried = random.Chance(0.7) ? 0 : RandomValues.Count(random, 0.3, 0);
            var forward = random.Chance(0.75) ? 0 : random.Next(0, received + carried + 1);
            values[RequestsTemplate.NewReceived][c] = received;
            values[RequestsTemplate.CarriedOver][c] = carried;
            values[RequestsTemplate.CarriedForward][c] = forward;
            values[RequestsTemplate.Total][c] = received + carried - forward;
            Spread(received + carried - forward, outcomes, c, values, random);
        }

        foreach (var row in values.Values)
        {
            row[^1] = row[..^1].Sum();
        }

        var columns = RequestsTemplate.Columns;
        var rows = RequestsTemplate.For(version).Rows
            .Select(spec => Row(spec.Key, columns.Select((column, c) => RandomValues.CountCell(column.Key, values[spec.Key][c], random))))
            .ToList();
        return new ReportTable { Kind = TableKind.Requests, Rows = rows };
    }

    /// <summary>Table 四: most bodies have no case; a few have some, and a large government many.</summary>
    public static ReportTable Appeals(Random random, int scale)
    {
        var rows = new List<TableRow>();
        foreach (var group in AppealsTemplate.Table.Rows)
        {
            var parts = AppealsTemplate.Parts.Select(_ => RandomValues.Count(random, 0.7, Math.Max(0, scale - 1))).ToList();
            var cells = AppealsTemplate.Parts.Select((part, i) => RandomValues.CountCell(part, parts[i], random)).ToList();
            cells.Add(RandomValues.CountCell("total", parts.Sum(), random));
            rows.Add(Row(group.Key, cells));
        }

        return new ReportTable { Kind = TableKind.Appeals, Rows = rows };
    }

    /// <summary>Table 二 of <paramref name="version"/>.</summary>
    public static ReportTable Proactive(TemplateVersion version, Random random, int scale)
    {
        var rows = ProactiveTemplate.For(version).Rows.Select(spec => Row(spec.Key, spec.Key switch
        {
            "rules" or "normativeDocuments" when version == TemplateVersion.V2019 => Documents2019(spec.Key, random, scale),
            "rules" or "normativeDocuments" => Documents2021(spec.Key, random, scale),
            "procurement" => [RandomValues.CountCell("projects", RandomValues.Count(random, 0.3, scale), random), RandomValues.MoneyCell("amount", random, scale)],
            "fees" when version == TemplateVersion.V2021 => [RandomValues.MoneyCell("amount", random, scale)],
            _ when version == TemplateVersion.V2021 => [RandomValues.CountCell("decisions", RandomValues.Count(random, 0.35, scale), random)],
            _ => Items2019(spec, random, scale),
        })).ToList();
        return new ReportTable { Kind = TableKind.Proactive, Rows = rows };
    }

    /// <summary>The table with a few of its cells left blank (blank is not zero; the validator only warns).</summary>
    public static ReportTable WithBlanks(ReportTable table, Random random, int count)
    {
        var rows = table.Rows.Select(r => r.Cells.ToList()).ToList();
        for (var i = 0; i < count; i++)
        {
            var row = random.Next(rows.Count);
            var c = random.Next(rows[row].Count);
            rows[row][c] = Cell.Blank(rows[row][c].Column, rows[row][c].Kind);
        }

        return table with { Rows = table.Rows.Select((r, i) => r with { Cells = rows[i] }).ToList() };
    }

    private static List<Cell> Documents2019(string row, Random random, int scale)
    {
        var made = RandomValues.Count(random, row == "rules" ? 0.85 : 0.3, Math.Max(0, scale - 1));
        var published = random.Chance(0.85) ? made : random.Next(0, made + 1);
        var total = published + RandomValues.Count(random, 0.2, scale);
        return [RandomValues.CountCell("newlyMade", made, random), RandomValues.CountCell("newlyPublished", published, random), RandomValues.CountCell("totalPublished", total, random)];
    }

    private static List<Cell> Documents2021(string row, Random random, int scale)
    {
        var issued = RandomValues.Count(random, row == "rules" ? 0.85 : 0.3, Math.Max(0, scale - 1));
        var repealed = RandomValues.Count(random, 0.6, 0);
        var inForce = issued + RandomValues.Count(random, 0.2, scale);
        return [RandomValues.CountCell("issued", issued, random), RandomValues.CountCell("repealed", repealed, random), RandomValues.CountCell("inForce", inForce, random)];
    }

    private static List<Cell> Items2019(RowSpec spec, Random random, int scale)
    {
        var previous = RandomValues.Count(random, 0.25, scale);
        var change = random.Chance(0.3) ? 0 : random.Next(-previous, previous / 2 + 20);
        var cells = new List<Cell> { RandomValues.CountCell("previousItems", previous, random), RandomValues.ChangeCell("change", change, random) };
        if (spec.Columns.Any(c => c.Key == "decisions"))
        {
            cells.Add(RandomValues.CountCell("decisions", RandomValues.Count(random, 0.3, scale), random));
        }

        return cells;
    }

    // Splits the column's handled requests over one to four outcome rows, the likely ones most often.
    private static void Spread(int handled, List<string> outcomes, int column, Dictionary<string, int[]> values, Random random)
    {
        var left = handled;
        var picks = random.Next(1, 5);
        for (var i = 0; i < picks && left > 0; i++)
        {
            var row = random.Chance(0.6) ? random.Pick(LikelyOutcomes) : random.Pick(outcomes);
            var share = i == picks - 1 ? left : random.Next(0, left + 1);
            values[row][column] += share;
            left -= share;
        }

        values[random.Pick(LikelyOutcomes)][column] += left;
    }

    private static TableRow Row(string key, IEnumerable<Cell> cells) => new() { Key = key, Cells = cells.ToList() };
}
