using Microsoft.AspNetCore.StaticFiles;

namespace Gongkai.Web.Hosting;

/// <summary>
/// File types the static files serve beyond ASP.NET's list: PDF.js's ES modules (<c>.mjs</c>, which a browser runs
/// only with a JavaScript type) and its packed CMaps (<c>.bcmap</c>, which it needs to draw Chinese text whose font
/// uses a predefined CMap).
/// </summary>
internal static class StaticFileTypes
{
    public static IServiceCollection AddStaticFileTypes(this IServiceCollection services) => services.Configure<StaticFileOptions>(o =>
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".bcmap"] = "application/octet-stream";
        o.ContentTypeProvider = types;
    });
}
