using System.Data.Common;
using System.Globalization;

namespace Gongkai.Store.Database;

/// <summary>Reads values the two engines return as different .NET types (SQLite: long/double/string; PostgreSQL: typed).</summary>
internal static class Values
{
    public static T To<T>(object value)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is T typed)
        {
            return typed;
        }

        if (target == typeof(DateOnly))
        {
            return (T)(object)(value is DateTime dt ? DateOnly.FromDateTime(dt) : DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture));
        }

        if (target == typeof(bool))
        {
            return (T)(object)(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0);
        }

        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    public static string? String(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long? NullableLong(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Long(ordinal);

    public static int? NullableInt(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (int)reader.Long(ordinal);

    public static decimal? Decimal(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
    {
        // SQLite keeps whole numbers as integers: already what Normalize returns (scale 0), without a decimal division
        // per value, which showed in audits and exports reading millions of facts.
        long whole => whole,
        var other => Normalize(Convert.ToDecimal(other, CultureInfo.InvariantCulture)),
    };

    /// <summary>
    /// A stored number as it leaves the store: rounded to the 4 places stored and without trailing zeros, so that
    /// PostgreSQL's <c>numeric(20,4)</c> 55.0000 and SQLite's integer 55 print alike (exports, roll-ups and audits
    /// of the two engines are byte-identical).
    /// </summary>
    public static decimal Normalize(decimal value)
    {
        // Every packed 万元 amount (4 places, within 64 bits): trailing zeros dropped by integer steps rather than a
        // decimal division, which showed in exports of 15 million cells (issue #16); the same value and scale.
        if (value.Scale is > 0 and <= 4)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            if (bits[2] == 0 && (bits[0] | bits[1]) != 0)
            {
                var digits = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
                var scale = value.Scale;
                while (scale > 0 && digits % 10 == 0)
                {
                    digits /= 10;
                    scale--;
                }

                return new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, value < 0, scale);
            }
        }

        return Math.Round(value, 4) / 1.0000000000000000000000000000m;
    }

    public static bool Bool(this DbDataReader reader, int ordinal) => To<bool>(reader.GetValue(ordinal));

    /// <summary>A point in time: SQLite keeps the ISO text, PostgreSQL a <c>timestamptz</c> (read as a UTC <see cref="DateTime"/>).</summary>
    public static DateTimeOffset Time(this DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    public static DateOnly? Date(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : To<DateOnly>(reader.GetValue(ordinal));
}
