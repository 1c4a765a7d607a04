using Gongkai.Application;

namespace Gongkai.Web.Api;

/// <summary>problem+json answers of the API, titled in Chinese.</summary>
internal static class ApiProblems
{
    /// <summary>The Chinese title of an HTTP status (also used for the framework's own problems).</summary>
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status401Unauthorized => "需要登录",
        StatusCodes.Status403Forbidden => "无权访问",
        StatusCodes.Status404NotFound => "未找到",
        StatusCodes.Status405MethodNotAllowed => "不支持该请求方法",
        StatusCodes.Status409Conflict => "内容已被他人修改",
        StatusCodes.Status413PayloadTooLarge => "上传内容过大",
        StatusCodes.Status415UnsupportedMediaType => "不支持的内容类型",
        StatusCodes.Status429TooManyRequests => "请求过于频繁",
        StatusCodes.Status503ServiceUnavailable => "服务暂不可用",
        _ => status >= 500 ? "服务器内部错误" : "请求无法完成",
    };

    /// <summary>The answer for a use case's failure.</summary>
    public static IResult For(UseCaseFailure failure) => Problem(failure.Kind switch
    {
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.StoreUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    }, failure.Message);

    public static IResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: Title(status));
}
