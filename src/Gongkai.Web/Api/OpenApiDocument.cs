namespace Gongkai.Web.Api;

/// <summary>The OpenAPI document of /api/v1 (<c>/api/v1/openapi.json</c>), described in Chinese, for the reference page /api-docs.</summary>
internal static class OpenApiDocument
{
    public const string Path = "/api/{documentName}/openapi.json";

    public static IServiceCollection AddGongkaiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "政府信息公开年报平台 接口";
                document.Info.Version = "v1";
                document.Info.Description = "报告、版本、单位、汇总与审核的接口，报告上传、公开与撤回，问题的指派、确认、驳回、解决与重新打开，依申请公开的办理（申请、办理步骤、文书）。登录会话或个人访问令牌（请求头 Authorization: Bearer 令牌，在“访问令牌”页面创建）均可调用，数据范围与账户相同；未登录时只能读取公开的报告。";
                return Task.CompletedTask;
            });
        });
}
