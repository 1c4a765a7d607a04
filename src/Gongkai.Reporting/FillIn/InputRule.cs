using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Reporting.FillIn;

/// <summary>What an input cell accepts, with the prompt Excel shows when it is selected and the message when the entry is refused.</summary>
internal sealed record InputRule(string PromptTitle, string Prompt, DataValidationValues? Type = null, string? Minimum = null, string? Maximum = null, string? Error = null)
{
    public static InputRule Count { get; } = new("件数", "填写非负整数；没有发生请填 0，不适用可留空。", DataValidationValues.Whole, "0", "999999999", "件数须为非负整数。");

    public static InputRule Money { get; } = new("金额（万元）", "以万元为单位填写，可带小数；没有请填 0。", DataValidationValues.Decimal, "0", "999999999", "金额须为非负数（单位：万元）。");

    public static InputRule Change { get; } = new("本年增/减", "填写整数：增加为正数，减少为负数（如 -3），无变化填 0。", DataValidationValues.Whole, "-999999999", "999999999", "本年增/减须为整数。");

    public static InputRule SectionText { get; } = new("正文", "在此填写本部分正文；分段请按 Alt+Enter 换行。");

    public static InputRule Title { get; } = new("标题", "报告标题：机关名称 + 年度 + “年政府信息公开工作年度报告”。");

    public static InputRule Signature { get; } = new("落款", "落款机关名称。");

    public static InputRule Date { get; } = new("落款日期", "填写成文日期，例如 2022年1月20日。");

    public DataValidation Validation(IEnumerable<string> cells)
    {
        var validation = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue>(cells.Select(c => new StringValue(c))),
            ShowInputMessage = true,
            PromptTitle = PromptTitle,
            Prompt = Prompt,
            AllowBlank = true,
        };
        if (Type is { } type)
        {
            validation.Type = type;
            validation.Operator = DataValidationOperatorValues.Between;
            validation.ShowErrorMessage = true;
            validation.ErrorTitle = "输入有误";
            validation.Error = Error;
            validation.Append(new Formula1(Minimum!), new Formula2(Maximum!));
        }

        return validation;
    }
}
