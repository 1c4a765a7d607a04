using Gongkai.Application.Importing;

namespace Gongkai.Web.Api;

/// <summary>The files of an upload form (page or API) as the upload use case takes them.</summary>
internal static class UploadForm
{
    public static IReadOnlyList<UploadedFile> Files(IFormFileCollection files) =>
        [.. files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream))];
}
