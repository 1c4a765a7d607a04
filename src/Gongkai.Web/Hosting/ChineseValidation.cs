using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Gongkai.Web.Hosting;

/// <summary>Model binding's messages in Chinese (its own are English).</summary>
internal static class ChineseValidation
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetMissingBindRequiredValueAccessor(name => $"缺少“{name}”的值。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少值。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
        messages.SetValueMustNotBeNullAccessor(value => $"“{value}”不能为空。");
        messages.SetAttemptedValueIsInvalidAccessor((value, name) => $"“{value}”不是“{name}”的有效值。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效。");
        messages.SetUnknownValueIsInvalidAccessor(name => $"“{name}”的值无效。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        messages.SetValueMustBeANumberAccessor(name => $"“{name}”必须是数字。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字。");
    }
}
