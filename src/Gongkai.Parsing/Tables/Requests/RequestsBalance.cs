using Gongkai.Core.Templates;

namespace Gongkai.Parsing.Tables.Requests;

/// <summary>
/// Places the cells of table 三's ambiguous rows so that the most statutory equations hold: each row's 总计 is the
/// sum of its six applicant columns; per column, 一 + 二 = 三(七) + 四 and 三(七) = the sum of the outcome rows.
/// Blanks count as zero for this choice only.
/// </summary>
internal static class RequestsBalance
{
    // The rows outside 三、本年度办理结果 (and its 总计), which the outcome balance does not add up.
    private static readonly HashSet<string> NonOutcomeRows =
        [RequestsTemplate.NewReceived, RequestsTemplate.CarriedOver, RequestsTemplate.Total, RequestsTemplate.CarriedForward];

    private const int TotalColumn = 6;

    public static void Choose(IReadOnlyList<RowReadings> rows)
    {
        if (!rows.Any(r => r.IsAmbiguous))
        {
            return;
        }

        var index = rows.Select((r, i) => (r.Key, i)).ToDictionary(x => x.Key, x => x.i);
        var outcomes = rows.Select((r, i) => (r.Key, i))
            .Where(x => !NonOutcomeRows.Contains(x.Key))
            .Select(x => x.i).ToArray();
        var (choice, undecided, optimal) = BalanceResolver.ResolveWithOptima(rows.Select(r => r.Candidates.Count).ToList(), picked => Score(rows, picked, index, outcomes));
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Chosen = choice[i];
            rows[i].Undecided = undecided[i];
            rows[i].Optimal = optimal[i];
        }
    }

    private static int Score(IReadOnlyList<RowReadings> rows, int[] picked, Dictionary<string, int> index, int[] outcomes)
    {
        decimal V(int row, int column) => rows[row].Numbers[picked[row]][column] ?? 0m;
        var score = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            decimal sum = 0;
            for (var column = 0; column < TotalColumn; column++)
            {
                sum += V(row, column);
            }

            score += sum == V(row, TotalColumn) ? 1 : 0;
        }

        var hasNew = index.TryGetValue(RequestsTemplate.NewReceived, out var newReceived);
        var hasOver = index.TryGetValue(RequestsTemplate.CarriedOver, out var carriedOver);
        var hasTotal = index.TryGetValue(RequestsTemplate.Total, out var total);
        var hasForward = index.TryGetValue(RequestsTemplate.CarriedForward, out var carriedForward);
        for (var column = 0; column <= TotalColumn; column++)
        {
            if (hasNew && hasTotal)
            {
                var left = V(newReceived, column) + (hasOver ? V(carriedOver, column) : 0);
                var right = V(total, column) + (hasForward ? V(carriedForward, column) : 0);
                score += left == right ? 1 : 0;
            }

            if (hasTotal && outcomes.Length > 0)
            {
                decimal sum = 0;
                foreach (var row in outcomes)
                {
                    sum += V(row, column);
                }

                score += sum == V(total, column) ? 1 : 0;
            }
        }

        return score;
    }
}
