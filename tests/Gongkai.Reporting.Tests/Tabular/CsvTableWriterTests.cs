using System.Globalization;
using System.Text;
using Gongkai.Reporting.Tabular;
using Gongkai.Reporting.Tests.Support;

namespace Gongkai.Reporting.Tests.Tabular;

public sealed class CsvTableWriterTests
{
    private static string Csv(TabularSheet sheet)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvTableWriter.Write(writer, sheet);
        return writer.ToString();
    }

    [Fact]
    public void Writes_header_and_rows_with_crlf_line_ends()
    {
        Assert.Equal(
            "机关名称,问题数,金额（万元）,发布日期\r\n示例县人民政府办公室,3,4195.8936,2024-01-31\r\n示例县财政局,0,0.5,\r\n,12,-1.25,2023-12-31\r\n",
            Csv(SampleTables.Issues()));
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("说\"是\"", "\"说\"\"是\"\"\"")]
    [InlineData("两\r\n行", "\"两\r\n行\"")]
    [InlineData("一\n行", "\"一\n行\"")]
    [InlineData("plain", "plain")]
    public void Quotes_a_field_only_when_it_needs_it(string text, string field)
    {
        Assert.Equal($"值\r\n{field}\r\n", Csv(SampleTables.Of("t", TabularType.Text, text)));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86", "'+86")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("＋86", "'＋86")]
    [InlineData("－2", "'－2")]
    [InlineData("＠SUM(A1)", "'＠SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("a=1", "a=1")]
    public void Guards_text_that_a_spreadsheet_would_run_as_a_formula(string text, string field)
    {
        Assert.Equal($"值\r\n{field}\r\n", Csv(SampleTables.Of("t", TabularType.Text, text)));
    }

    [Fact]
    public void Leaves_negative_numbers_in_numeric_columns_alone()
    {
        Assert.Equal("值\r\n-2\r\n-0.5\r\n", Csv(SampleTables.Of("t", TabularType.Decimal, -2, -0.5m)));
    }

    [Fact]
    public void Writes_decimals_invariant_whatever_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("值\r\n4195.8936\r\n0.0000001\r\n", Csv(SampleTables.Of("t", TabularType.Decimal, 4195.8936m, 0.0000001m)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Drops_control_characters()
    {
        Assert.Equal("值\r\n甲乙\r\n", Csv(SampleTables.Of("t", TabularType.Text, "甲\u0001乙\u0000")));
    }

    [Fact]
    public void Created_file_is_utf8_with_a_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = CsvTableWriter.CreateFile(path))
            {
                CsvTableWriter.Write(writer, SampleTables.Issues());
            }

            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.StartsWith("机关名称,", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Stream_writer_writes_the_byte_order_mark_and_can_leave_the_stream_open()
    {
        using var stream = new MemoryStream();
        using (var writer = CsvTableWriter.Create(stream, leaveOpen: true))
        {
            CsvTableWriter.Write(writer, SampleTables.Of("t", TabularType.Text, "表三"));
        }

        Assert.Equal("\uFEFF值\r\n表三\r\n", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
