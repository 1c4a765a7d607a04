namespace Gongkai.Core.Diagnostics;

/// <summary>Every diagnostic code, in one place. GK0xxx: statutory rules (validator); GK1xxx: reading (parser).</summary>
/// <remarks>Codes are stable: never reuse or renumber one. The catalogue with examples is tests/specs/rules.md.</remarks>
public static class DiagnosticCodes
{
    /// <summary>One of the six sections of the format is not found (条例 art. 50; format 一–六).</summary>
    public const string SectionMissing = "GK0101";

    /// <summary>Table 二, 三 or 四 is not in the report.</summary>
    public const string TableMissing = "GK0102";

    /// <summary>A table lacks rows of its template.</summary>
    public const string RowsMissing = "GK0103";

    /// <summary>Cells left blank (blank is not zero).</summary>
    public const string BlankCells = "GK0104";

    /// <summary>A cell holds text that is not a number.</summary>
    public const string UnreadableCell = "GK0105";

    /// <summary>The agency or the year reported on cannot be found.</summary>
    public const string MetadataMissing = "GK0106";

    /// <summary>The report's format does not fit its year (a report on 2021 or later must use the 2021 format).</summary>
    public const string TemplateYear = "GK0201";

    /// <summary>Table 三's （六） rows follow the other format than table 二.</summary>
    public const string TemplateMixed = "GK0202";

    /// <summary>Table 三, per column: 一 + 二 ≠ 三(七) + 四 (the balance printed in the table itself).</summary>
    public const string RequestsBalance = "GK0301";

    /// <summary>Table 三, per column: 三(七)总计 ≠ the sum of the outcome rows (一)–(六).</summary>
    public const string RequestsOutcomeTotal = "GK0302";

    /// <summary>Table 三, per row: 总计 ≠ the sum of the six applicant columns.</summary>
    public const string RequestsRowTotal = "GK0303";

    /// <summary>Table 四, per group: 总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
    public const string AppealsGroupTotal = "GK0401";

    /// <summary>The number of applications stated in the text disagrees with table 三.</summary>
    public const string NarrativeRequests = "GK0501";

    /// <summary>The number of reconsiderations or lawsuits stated in the text disagrees with table 四.</summary>
    public const string NarrativeAppeals = "GK0502";

    /// <summary>Published after the deadline of 条例 art. 49 (31 January; a government's own report 31 March).</summary>
    public const string PublishedLate = "GK0601";

    /// <summary>No date (落款日期) printed.</summary>
    public const string DateMissing = "GK0602";

    /// <summary>The printed date is before the end of the year reported on.</summary>
    public const string DateImplausible = "GK0603";

    /// <summary>A count is negative.</summary>
    public const string NegativeCount = "GK0701";

    /// <summary>A count is not a whole number.</summary>
    public const string FractionalCount = "GK0702";

    /// <summary>2021 format: 现行有效件数 is smaller than 本年制发件数.</summary>
    public const string InForceBelowIssued = "GK0703";

    /// <summary>2019 format: 对外公开总数量 is smaller than 本年新公开数量.</summary>
    public const string TotalBelowNewlyPublished = "GK0704";

    /// <summary>2019 format: 上一年项目数量 + 本年增/减 is negative.</summary>
    public const string NegativeItemCount = "GK0705";

    /// <summary>Across years: this year's 二、上年结转 differs from last year's 四、结转下年度继续办理 (docs/domain.md §3).</summary>
    public const string CarriedOverMismatch = "GK0801";

    /// <summary>Across years, 2021 format: 现行有效件数 ≠ last year's 现行有效件数 + 本年制发件数 − 本年废止件数.</summary>
    public const string InForceChain = "GK0802";

    /// <summary>Across years, 2019 format: 上一年项目数量 + 本年增/减 ≠ the next report's 上一年项目数量.</summary>
    public const string PreviousItemsChain = "GK0803";

    /// <summary>A summary report (汇总) differs from the sum of its units' reports.</summary>
    public const string SummaryMismatch = "GK0804";

    /// <summary>A registered unit has no report for the year (coverage).</summary>
    public const string ReportMissing = "GK0805";

    /// <summary>A stored report matches no registered unit, or more than one (a question for the user).</summary>
    public const string UnitUnmatched = "GK0806";

    /// <summary>The file was decoded with a legacy Chinese encoding (GB18030/GBK) or had damaged bytes.</summary>
    public const string EncodingNote = "GK1001";

    /// <summary>A row's cells could be placed in more than one way; the reading that balances the table was chosen.</summary>
    public const string ColumnsChosenBySums = "GK1002";

    /// <summary>A row's cells could be placed in more than one way and the sums could not decide.</summary>
    public const string ColumnsAmbiguous = "GK1003";

    /// <summary>A row inside a statutory table matches no label of the template.</summary>
    public const string UnrecognizedRow = "GK1004";

    /// <summary>A row appears twice with different values; the first was kept.</summary>
    public const string DuplicateRow = "GK1005";

    /// <summary>A label was matched approximately (e.g. a typo in the printed label).</summary>
    public const string ApproximateLabel = "GK1006";

    /// <summary>A value was read from words or converted to 万元 (e.g. <c>持平</c>, <c>2.14亿元</c>).</summary>
    public const string ValueConverted = "GK1007";

    /// <summary>A table is printed as an image or could not be read from the file.</summary>
    public const string TableUnreadable = "GK1008";

    /// <summary>The text used look-alike code points (Kangxi radicals, compatibility ideographs) read as standard characters, or private-use code points that cannot be read.</summary>
    public const string LookAlikeCodePoints = "GK1009";

    /// <summary>The PDF is a scan whose text comes from an OCR text layer (invisible text over the page images).</summary>
    public const string OcrTextLayer = "GK1010";

    /// <summary>A value of an OCR text layer looks misread (a letter such as O, l, S, B among its digits); it is kept as read.</summary>
    public const string OcrSuspectValue = "GK1011";

    /// <summary>Cells of a table inferred by a layout rule (repeats dropped, glued digits), each with how (Cell.Inference).</summary>
    public const string CellsInferred = "GK1012";

    /// <summary>A row a layout rule rebuilt in several ways that satisfy equally many equations: its undecided cells are blank, the candidates listed.</summary>
    public const string RowAmbiguous = "GK1013";
    /// <summary>The report uses a format before 2019 (2008–2018); its tables are not the 2019/2021 tables and were not mapped.</summary>
    public const string Pre2019Format = "GK1014";

    /// <summary>The body was run together on one line (a crawl's extraction) and was cut at headings, numbering and the template's labels.</summary>
    public const string RunTogetherBody = "GK1015";
    /// <summary>A table cell's printed text is implausible for a figure (letters among digits, 、 or ， in a number, a count with a decimal point, a value far above its row's total); it is kept as read.</summary>
    public const string ImplausibleValue = "GK1016";
    /// <summary>The file holds only part of a report (it starts or stops inside a table); the tables and sections it holds are named.</summary>
    public const string PartialReport = "GK1018";
}
