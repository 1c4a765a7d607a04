using FsCheck;
using FsCheck.Fluent;
using Gongkai.Store.Database;

namespace Gongkai.Store.Tests.Database;

/// <summary>The import's compiled insert (<see cref="SqliteStatement"/>) stores a number exactly as a <c>SqliteCommand</c> does.</summary>
public sealed class SqliteStatementTests
{
    [Fact]
    public void A_number_bound_by_position_is_stored_with_the_type_and_value_a_command_stores()
    {
        var values = Gen.OneOf(
            Gen.Choose(-1000, 100_000).Select(v => (decimal?)v),
            Gen.Choose(-10_000_000, 10_000_000).SelectMany(v => Gen.Choose(0, 6).Select(places => (decimal?)(v / Pow10(places)))),
            Gen.Elements<decimal?>(null, 2_251_799_813_685_247m, 2_251_799_813_685_248m, -2_251_799_813_685_248m, -2_251_799_813_685_249m, long.MaxValue, long.MinValue, long.MaxValue + 1m, 12.000m, -0.0m, 0.1m, 1e20m, 899_999_999_999_999.9999m, -123_456_789_012_345_678.25m));
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        var db = store.Db;
        db.Execute("CREATE TABLE numbers (k INTEGER NOT NULL, way INTEGER NOT NULL, value NUMERIC NULL)");
        using var statement = SqliteStatement.Prepare(db, "INSERT INTO numbers (k, way, value) VALUES (?1, 1, ?2)");
        var k = 0L;

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(values), value =>
        {
            k++;
            statement.Bind(1, k);
            statement.BindNumber(2, value);
            statement.Run();
            db.Execute("INSERT INTO numbers (k, way, value) VALUES (@k, 0, @x)", ("k", k), ("x", value));

            var stored = db.Query("SELECT typeof(value), quote(value) FROM numbers WHERE k = @k ORDER BY way", r => (r.GetString(0), r.GetString(1)), ("k", k));
            Assert.Equal(stored[0], stored[1]);
        }));
    }

    private static decimal Pow10(int places) => places == 0 ? 1m : 10m * Pow10(places - 1);
}
