using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Figures;

/// <summary>Fills the 总计 cells: table 三's column 总计 = the six applicant columns; table 四's group 总计 = its four parts.</summary>
internal static class Totals
{
    public static void Complete(FigureSheet sheet)
    {
        foreach (var row in sheet.Template.Requests.Rows)
        {
            sheet[TableKind.Requests, row.Key, RequestsTemplate.TotalColumn] = RequestsTemplate.ApplicantColumns.Sum(c => sheet[TableKind.Requests, row.Key, c]);
        }

        foreach (var group in AppealsTemplate.Table.Rows)
        {
            sheet[TableKind.Appeals, group.Key, AppealsTemplate.Total] = AppealsTemplate.Parts.Sum(p => sheet[TableKind.Appeals, group.Key, p]);
        }
    }
}
