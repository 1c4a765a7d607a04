using Gongkai.Core.Cases.Clock;
using Gongkai.Core.Cases.Json;
using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

// The holiday calendar the clock counts working days with; region '' is the national calendar (国务院办公厅 notices).
public sealed partial class CaseRepository
{
    /// <summary>The national calendar's region.</summary>
    public const string NationalRegion = "";

    /// <summary>Replaces the entries of <paramref name="region"/> dated in <paramref name="year"/> with <paramref name="entries"/>, in one transaction.</summary>
    /// <exception cref="ArgumentException">An entry is not dated in <paramref name="year"/>.</exception>
    public void ReplaceCalendar(string region, int year, IReadOnlyList<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.FirstOrDefault(e => e.Date.Year != year) is { } stray)
        {
            throw new ArgumentException($"The entry of {stray.Date:yyyy-MM-dd} is not in {year}.", nameof(entries));
        }

        _db.InTransaction(() =>
        {
            _db.Execute(
                "DELETE FROM calendar_entries WHERE region = @region AND date >= @first AND date <= @last",
                ("region", region), ("first", new DateOnly(year, 1, 1)), ("last", new DateOnly(year, 12, 31)));
            foreach (var e in entries)
            {
                _db.Execute(
                    "INSERT INTO calendar_entries (region, date, kind, name, source) VALUES (@region, @date, @kind, @name, @source)",
                    ("region", region), ("date", e.Date), ("kind", CaseJson.NameOf(e.Kind)), ("name", e.Name), ("source", e.Source));
            }

            return entries.Count;
        });
    }

    /// <summary>The entries of <paramref name="region"/>, by date.</summary>
    public IReadOnlyList<CalendarEntry> Calendar(string region) => _db.Query(
        "SELECT date, kind, name, source FROM calendar_entries WHERE region = @region ORDER BY date",
        r => new CalendarEntry(r.Date(0)!.Value, CaseJson.ValueOf<CalendarDayKind>(r.GetString(1)), r.GetString(2), r.GetString(3)),
        ("region", region));
}
