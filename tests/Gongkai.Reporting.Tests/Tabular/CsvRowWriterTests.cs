using Gongkai.Reporting.Tabular;
using Gongkai.Reporting.Tests.Support;

namespace Gongkai.Reporting.Tests.Tabular;

/// <summary>Rows written from encoded fields and formatted numbers (<see cref="CsvRowWriter"/>) are <see cref="CsvTableWriter"/>'s bytes.</summary>
public sealed class CsvRowWriterTests
{
    private static readonly TabularColumn[] Columns =
    [
        new("名称", TabularType.Text), new("件数", TabularType.Integer), new("金额", TabularType.Decimal), new("备注", TabularType.Text),
    ];

    [Fact]
    public void Fields_encoded_once_give_the_bytes_of_the_table_writer()
    {
        var sheet = SampleTables.Issues();

        var bytes = Rows(csv =>
        {
            csv.Header(sheet.Columns);
            foreach (var row in sheet.Rows)
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (i > 0)
                    {
                        csv.Comma();
                    }

                    csv.Write(CsvRowWriter.Field(row[i], sheet.Columns[i]));
                }

                csv.EndRow();
            }
        });

        Assert.Equal(TableBytes(sheet), bytes);
    }

    [Fact]
    public void Numbers_formatted_into_the_buffer_across_many_blocks_give_the_bytes_of_the_table_writer()
    {
        var random = new Random(16);
        var rows = Enumerable.Range(0, 60_000).Select(i => (IReadOnlyList<object?>)[
            i % 7 == 0 ? "=公式,\"引号\"" : $"单位{i}", (long)random.Next(-1000, 1_000_000) * (i % 3 == 0 ? 1_000_000_000L : 1),
            new decimal(random.Next(), random.Next(), i % 11 == 0 ? random.Next(0, 1000) : 0, i % 2 == 0, (byte)random.Next(0, 8)),
            i % 5 == 0 ? null : "备注",
        ]).ToList();

        var bytes = Rows(csv =>
        {
            csv.Header(Columns);
            foreach (var row in rows)
            {
                csv.Write(CsvRowWriter.Field(row[0], Columns[0]));
                csv.Comma();
                csv.Write((long)row[1]!);
                csv.Comma();
                csv.Write((decimal)row[2]!);
                csv.Comma();
                csv.Write(CsvRowWriter.Field(row[3], Columns[3]));
                csv.EndRow();
            }
        });

        Assert.True(bytes.Length > 2 << 20);
        Assert.Equal(TableBytes(new TabularSheet("t", Columns, rows)), bytes);
    }

    private static byte[] Rows(Action<CsvRowWriter> write)
    {
        using var stream = new MemoryStream();
        using (var csv = new CsvRowWriter(stream, leaveOpen: true))
        {
            write(csv);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Without_the_byte_order_mark_the_bytes_are_the_same_but_for_the_mark()
    {
        using var stream = new MemoryStream();
        using (var csv = new CsvRowWriter(stream, leaveOpen: true, byteOrderMark: false))
        {
            csv.Header(Columns);
        }

        var marked = Rows(csv => csv.Header(Columns));

        Assert.Equal([0xEF, 0xBB, 0xBF], marked[..3]);
        Assert.Equal(marked[3..], stream.ToArray());
    }

    private static byte[] TableBytes(TabularSheet sheet)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvTableWriter.Create(stream, leaveOpen: true))
        {
            CsvTableWriter.Write(writer, sheet);
        }

        return stream.ToArray();
    }
}
