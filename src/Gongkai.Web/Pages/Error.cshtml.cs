using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The Chinese page for an error status or an unexpected failure (no stack trace, no English).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
        (Title, Message) = status switch
        {
            400 => ("请求有误", "请求无法处理：表单可能已过期，请返回上一页刷新后重试。"),
            401 => ("需要登录", "请先登录。"),
            403 => ("无权访问", "您的账户无权进行此操作。"),
            404 => ("未找到", "没有找到您要的页面或报告，或您无权查看。"),
            413 => ("上传内容过大", "上传内容超过了上限，请分批上传。"),
            _ => ("出错了", "服务器处理请求时出错，请稍后再试；如问题持续，请联系系统管理员。"),
        };
        Response.StatusCode = status;
    }
}
