using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Api;

/// <summary>The antiforgery check of the API's writing endpoints.</summary>
/// <remarks>
/// Cross-site forgery rides on the browser's cookie; a request carrying a personal access token cannot be forged by
/// another site, so only a cookie session has to show the antiforgery token (the <c>RequestVerificationToken</c> header
/// or the form field).
/// </remarks>
internal static class ApiForgery
{
    /// <summary>The refusal to send, or <see langword="null"/> when the request may go on.</summary>
    public static async Task<IResult?> RefusalAsync(HttpContext http, IAntiforgery antiforgery) =>
        AccessTokenHandler.Carries(http.Request) || await antiforgery.IsRequestValidAsync(http)
            ? null
            : ApiProblems.Problem(StatusCodes.Status400BadRequest, "请求缺少有效的防伪令牌，请刷新页面后重试。");
}
