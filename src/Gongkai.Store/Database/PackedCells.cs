using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Gongkai.Store.Database;

/// <summary>
/// Every printed cell of one version in one small byte string (table <c>version_cells</c>, docs/store.md "Roll-ups"):
/// a roll-up of 100,000 reports reads 100,000 of these (~0.5 KB each) instead of 15 million fact rows.
/// </summary>
/// <remarks>
/// Layout: a format byte (1), then one entry per cell in ascending cell id: a varint of
/// <c>(cell id − previous cell id) « 4 | kind « 2 | state</c>, then the value. State is the facts' code
/// (<see cref="StoredCellState"/>: 0 number, 1 blank, 2 unreadable); kind says how the value is written: none, an integer (zigzag varint), a 万元 amount in
/// ten-thousandths (zigzag varint: the 4 places the store keeps, exactly), or, for a number too large for either, the
/// 16 bytes of the <see cref="decimal"/>. A version's facts always pack to the same bytes whichever engine they come
/// from (<see cref="Pack"/> is the one place that decides), so the integrity check compares bytes.
/// </remarks>
internal static class PackedCells
{
    private const byte Format = 1;
    private const int KindNone = 0;
    private const int KindInteger = 1;
    private const int KindTenThousandths = 2;
    private const int KindDecimal = 3;

    // Below this, the value in ten-thousandths fits a long (9.2e18).
    private const decimal LargestTenThousandths = 900_000_000_000_000m;

    /// <summary>The packed form of a version's facts; a cell given twice keeps its first fact, as the facts table does.</summary>
    /// <param name="facts">Cell id, state code (0 number, 1 blank, 2 unreadable) and value, in any order.</param>
    public static byte[] Pack(IEnumerable<(long CellId, int State, decimal? Value)> facts)
    {
        var sorted = facts.DistinctBy(f => f.CellId).OrderBy(f => f.CellId).ToList();
        var buffer = new List<byte>((sorted.Count * 4) + 1) { Format };
        var previous = 0L;
        Span<byte> bytes = stackalloc byte[4];
        foreach (var (cellId, state, value) in sorted)
        {
            if (cellId <= previous || state is < 0 or >= StoredCellState.Count)
            {
                throw new ArgumentException($"cell id {cellId} or state {state} cannot be packed", nameof(facts));
            }

            var (kind, number) = state == StoredCellState.NumberCode && value is { } v ? Classify(v) : (KindNone, 0m);
            WriteVarint(buffer, ((ulong)(cellId - previous) << 4) | (uint)((kind << 2) | state));
            previous = cellId;
            switch (kind)
            {
                case KindInteger:
                    WriteVarint(buffer, ZigZag((long)number));
                    break;
                case KindTenThousandths:
                    WriteVarint(buffer, ZigZag((long)(number * 10_000m)));
                    break;
                case KindDecimal:
                    foreach (var part in decimal.GetBits(number))
                    {
                        BinaryPrimitives.WriteInt32LittleEndian(bytes, part);
                        buffer.AddRange(bytes);
                    }

                    break;
                default:
                    break;
            }
        }

        return [.. buffer];
    }

    /// <summary>Hands every cell of <paramref name="packed"/> to <paramref name="sink"/>, in cell id order.</summary>
    /// <remarks>
    /// A roll-up of 100,000 reports runs this 15 million times in a process that lives a second: the sink is a struct,
    /// so that its calls are direct and inlined. Precompiled (ReadyToRun) like the rest, not forced through the JIT
    /// at every start (AggressiveOptimization bypasses ReadyToRun code; docs/performance.md).
    /// </remarks>
    /// <exception cref="InvalidDataException">The bytes are not a packed version (a damaged store).</exception>
    public static void Unpack<TSink>(ReadOnlySpan<byte> packed, ref TSink sink) where TSink : struct, IPackedCellSink
    {
        if (packed.Length == 0 || packed[0] != Format)
        {
            throw new InvalidDataException("packed cells of an unknown format");
        }

        var position = 1;
        var cell = 0L;
        Span<int> bits = stackalloc int[4];
        while (position < packed.Length)
        {
            var head = ReadVarint(packed, ref position);
            cell += (long)(head >> 4);
            var state = (int)(head & 3);
            switch ((int)(head >> 2) & 3)
            {
                case KindInteger:
                    sink.Number((int)cell, UnZigZag(ReadVarint(packed, ref position)));
                    break;
                case KindTenThousandths:
                    var scaled = UnZigZag(ReadVarint(packed, ref position));
                    var magnitude = scaled < 0 ? (ulong)-scaled : (ulong)scaled;
                    sink.Number((int)cell, new decimal((int)(uint)magnitude, (int)(magnitude >> 32), 0, scaled < 0, 4));
                    break;
                case KindDecimal:
                    for (var i = 0; i < 4; i++)
                    {
                        bits[i] = BinaryPrimitives.ReadInt32LittleEndian(packed.Slice(position + (4 * i), 4));
                    }

                    position += 16;
                    sink.Number((int)cell, new decimal(bits));
                    break;
                default:
                    sink.NoNumber((int)cell, state);
                    break;
            }
        }
    }

    // The value as the store keeps it (numeric(20,4): 4 places, half away from zero), in the smallest exact form.
    private static (int Kind, decimal Value) Classify(decimal value)
    {
        var kept = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (Math.Abs(kept) > LargestTenThousandths)
        {
            return (KindDecimal, Values.Normalize(kept));
        }

        return (kept == decimal.Truncate(kept) ? KindInteger : KindTenThousandths, kept);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static void WriteVarint(List<byte> buffer, ulong value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        var first = bytes[position++];
        return first < 0x80 ? first : ReadLongVarint(bytes, ref position, first);
    }

    private static ulong ReadLongVarint(ReadOnlySpan<byte> bytes, ref int position, byte first)
    {
        ulong value = first & 0x7Fu;
        for (var shift = 7; shift < 64; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("packed cells with an overlong number");
    }
}
