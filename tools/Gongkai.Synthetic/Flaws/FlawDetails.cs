using System.Globalization;

namespace Gongkai.Synthetic.Flaws;

/// <summary>The manifest's description of exactly what a planted flaw changes (cell paths as in the canonical JSON).</summary>
internal static class FlawDetails
{
    public static string Describe(PlannedFlaw flaw, SyntheticUnit unit, int year)
    {
        var (c, d) = (flaw.Column, flaw.Delta);
        return flaw.Kind switch
        {
            FlawKind.Balance =>
                $"requests.rows.newReceived.{c} and requests.rows.newReceived.total raised by {d}: 一+二 ≠ (七)+四 in columns {c} and total",
            FlawKind.CarriedOverMismatch =>
                $"requests.rows.carriedOver.{c} and .total are {d} more than last year's carriedForward; granted.{c}, granted.total, total.{c} and total.total raised by {d} too, so the table still balances",
            FlawKind.InForceBreak =>
                $"proactive.normativeDocuments.inForce is {d} more than last year's inForce + issued − repealed; later years continue from the printed figure",
            FlawKind.PreviousItemsBreak =>
                $"proactive.licensing.previousItems is {d} more than {year - 1}'s previousItems + change",
            FlawKind.Late =>
                $"published {Iso(PublicationDates.Deadline(unit, year).AddDays(flaw.Days))}, {flaw.Days} days after the deadline {Iso(PublicationDates.Deadline(unit, year))}",
            FlawKind.Missing => "no report file",
            FlawKind.SummaryMismatch =>
                $"requests.rows.newReceived.{c} and requests.rows.granted.{c} (with their total and (七) total.{c}, total.total) are {d} more than the children's sum; the table still balances",
            FlawKind.Corrected =>
                $"version 1 has requests.rows.newReceived.{c} and .total raised by {d} (balance fails); version 2, published later, is clean and current",
            _ => $"prints 「{flaw.Alias}」 instead of 「{unit.Name}」",
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
