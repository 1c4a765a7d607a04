using System.Globalization;
using Gongkai.Application.Cases.Tables;
using Gongkai.Application.Outputs;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Reporting;

namespace Gongkai.Application.Authoring;

/// <summary>
/// The skeleton of a report for staff to fill in: the fill-in workbook (XLSX) and the same skeleton as canonical JSON,
/// in the format the year requires unless another is asked for; existing files are not overwritten unless forced.
/// </summary>
public static class NewReport
{
    /// <summary>Creates the skeleton as <paramref name="options"/> says; failures are in the result, never thrown.</summary>
    public static NewReportResult Run(NewReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var agency = options.Agency.Trim();
        var year = options.Year;
        if (agency.Length == 0)
        {
            return Refused("请用 --agency 给出机关名称。");
        }

        if (year is < 2008 or > 2100)
        {
            return Refused($"年度 {year} 不合理：《条例》自 2008 年施行，请给出四位年份。");
        }

        var required = TemplateVersionExtensions.RequiredFor(year);
        var result = new NewReportResult { Template = required };
        if (options.Template is { } given)
        {
            if (!TemplateVersionExtensions.TryParse(given.Trim(), out var parsed))
            {
                return Refused($"未知的表格格式“{given}”：应为 2019 或 2021。");
            }

            result = result with
            {
                Template = parsed,
                TemplateNote = parsed == required ? null : $"注意：{year} 年度报告应使用 {required.ToDisplayName()}，这里按要求生成的是 {parsed.ToDisplayName()}。",
            };
        }

        DateOnly? date = null;
        if (options.Date is { } dateText)
        {
            if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
            {
                return result with { Failure = new(FailureKind.BadUsage, $"落款日期“{dateText}”格式不对，应为 yyyy-MM-dd，如 {year + 1}-01-20。") };
            }

            date = parsedDate;
        }

        var report = ReportSkeleton.Create(agency, year, result.Template, date);
        if (options.TablesFromCases is { } unit)
        {
            var (filled, refused, note) = ReportTablesFromCases.Apply(report, unit.Trim(), options.Database);
            if (refused is not null)
            {
                return result with { Failure = refused };
            }

            (report, result) = (filled, result with { CasesNote = note });
        }

        var directory = options.OutDirectory ?? ".";
        var stem = OutputNames.Stem($"{agency}{year}年政府信息公开工作年度报告");
        var workbook = Path.Combine(directory, stem + ".xlsx");
        var json = Path.Combine(directory, stem + ".json");
        if (!options.Force && new[] { workbook, json }.FirstOrDefault(File.Exists) is { } existing)
        {
            return result with { Failure = new(FailureKind.BadUsage, $"{existing} 已存在，未覆盖（可能已填写过）。如确需重新生成，请加 --force。") };
        }

        try
        {
            Directory.CreateDirectory(directory);
            OutputNames.WriteAtomically(workbook, stream => RenderFormat.Xlsx.Write(ReportDocument.From(report), stream));
            OutputNames.WriteAtomically(json, stream => ReportJsonWriter.Write(stream, report, [], ReportJsonOptions.Authoring));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return result with { Failure = UseCaseFailure.Of(FailureKind.UnusableInput, $"无法写入 {directory}（{IoFailures.Describe(ex)}）。", ex) };
        }

        return result with { Workbook = workbook, Json = json };
    }

    private static NewReportResult Refused(string message) => new() { Failure = new(FailureKind.BadUsage, message) };
}
