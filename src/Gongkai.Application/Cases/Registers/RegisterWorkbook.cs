using Gongkai.Core.Cases;
using Gongkai.Reporting.Tabular;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// The register workbook: sheet 登记台账 (one row per case, the template's columns, drop-down lists on the columns
/// with fixed values) and sheet 填写说明 (each column explained, and the lists the drop-downs take their values from).
/// </summary>
public static class RegisterWorkbook
{
    /// <summary>The register sheet's name; the import reads the sheet of this name, or the first one.</summary>
    public const string RegisterSheet = "登记台账";

    /// <summary>The explanation sheet's name.</summary>
    public const string HelpSheet = "填写说明";

    // The lists on the help sheet, each in its own column from column E on, and the register fields they serve.
    private static readonly (RegisterField Field, IReadOnlyList<string> Values)[] Lists =
    [
        (RegisterField.ApplicantKind, RegisterValues.KindLabels),
        (RegisterField.Channel, RegisterValues.ChannelLabels),
        (RegisterField.Outcome, RegisterValues.OutcomeLabels),
        (RegisterField.ConsultationParty, RegisterValues.PartyLabels),
        (RegisterField.FeeMode, RegisterValues.FeeModeLabels),
    ];

    private const int HelpColumns = 4;

    /// <summary>Writes the workbook holding <paramref name="cases"/> (none for the empty template) to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IEnumerable<RequestCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var columns = RegisterColumns.All.Select(c => new TabularColumn(c.Header, c.Type, Width(c))
        {
            ListSource = ListIndex(c.Field) is { } i ? $"{Quote(HelpSheet)}!${Letter(HelpColumns + i)}$2:${Letter(HelpColumns + i)}${Lists[i].Values.Count + 1}" : null,
        }).ToList();
        var register = new TabularSheet(RegisterSheet, columns, cases.Select(c => (IReadOnlyList<object?>)RegisterRowWriter.Write(c)));
        XlsxWorkbookWriter.Write(stream, [register, Help()]);
    }

    private static TabularSheet Help()
    {
        List<TabularColumn> columns =
        [
            new("列名", TabularType.Text, 18),
            new("是否必填", TabularType.Text, 10),
            new("填写说明", TabularType.Text, 70),
            new("", TabularType.Text, 4),
            .. Lists.Select(l => new TabularColumn(RegisterColumns.Header(l.Field) + "可选值", TabularType.Text, l.Field == RegisterField.Outcome ? 60 : 16)),
        ];
        var count = Math.Max(RegisterColumns.All.Count, Lists.Max(l => l.Values.Count));
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var row = new object?[columns.Count];
            if (i < RegisterColumns.All.Count)
            {
                var column = RegisterColumns.All[i];
                row[0] = column.Header;
                row[1] = column.Required ? "必填" : "选填";
                row[2] = column.Help + (ListIndex(column.Field) is not null ? $"可选值见右侧“{column.Header}可选值”列。" : "");
            }

            for (var l = 0; l < Lists.Length; l++)
            {
                row[HelpColumns + l] = i < Lists[l].Values.Count ? Lists[l].Values[i] : null;
            }

            return (IReadOnlyList<object?>)row;
        });
        return new TabularSheet(HelpSheet, columns, rows);
    }

    private static int? ListIndex(RegisterField field) => Array.FindIndex(Lists, l => l.Field == field) is var i and >= 0 ? i : null;

    private static double? Width(RegisterColumn column) => column.Field switch
    {
        RegisterField.Content or RegisterField.Outcome => 40,
        _ when column.Type == TabularType.Date => 14,
        _ => null,
    };

    private static string Letter(int index) => ((char)('A' + index)).ToString();

    private static string Quote(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
