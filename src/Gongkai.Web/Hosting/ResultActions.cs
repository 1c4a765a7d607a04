using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Hosting;

/// <summary>A minimal-API result answered from a page handler, so that a page and an endpoint share one response.</summary>
internal static class ResultActions
{
    public static IActionResult ToActionResult(this IResult result) => new Executed(result);

    private sealed class Executed(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
