using Gongkai.Application.Importing;
using Gongkai.Store;
using Gongkai.Web.Hosting;

namespace Gongkai.Web.Api;

/// <summary>The files of an upload form (page or API) as the upload use case takes them, with the configured limits.</summary>
internal static class UploadForm
{
    public static UploadOptions Options(IFormFileCollection files, WebSettings settings, AccessScope scope) => new()
    {
        Scope = scope,
        Files = [.. files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream))],
        MaxFileBytes = settings.MaxFileBytes,
    };
}
