using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Gongkai.Testing;
using Gongkai.Testing.Fuzzing;

namespace Gongkai.Web.Tests.Api;

/// <summary>Uploads through the page and the API: read by content, limits kept, hostile files refused in Chinese, the server still healthy.</summary>
[Collection(WebCollection.Name)]
public sealed class UploadTests(WebAppFixture app)
{
    [Fact]
    public async Task Reads_a_report_by_its_content_whatever_its_extension_says()
    {
        using var client = await app.SignedIn("tangchuan-zj");
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"));

        var results = await ApiUpload(client, ("报告.pdf", sample));

        var result = Assert.Single(results.EnumerateArray());
        Assert.Equal("报告.pdf", result.GetProperty("name").GetString());
        Assert.Equal("Duplicate", result.GetProperty("outcome").GetString());
        Assert.Contains("此前已导入", result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(result.GetProperty("needsUnit").GetBoolean());
    }

    [Fact]
    public async Task Lists_each_files_result_on_the_upload_page_and_records_the_upload()
    {
        using var client = await app.SignedIn("admin");
        // Another file (a line break more) with the same report: read again, its errors counted, no new version (重复).
        byte[] errors = [.. await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "s02-docx-2019-errors.txt")), (byte)'\n'];

        var response = await WebForms.Upload(client, "/upload", ("住建局.docx", errors), ("空文件.pdf", []), ("随机.bin", Random(4096)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("重复", html, StringComparison.Ordinal);
        Assert.Matches("有 [0-9]+ 个错误", html);
        Assert.Contains("文件是空的（0 字节）", html, StringComparison.Ordinal);
        Assert.Contains("无法读取", html, StringComparison.Ordinal);
        using var store = app.OpenStore();
        Assert.Contains(store.Audit.Latest(20), e => e.Action == "upload" && e.Actor == "admin" && e.Detail!.Contains("住建局.docx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_an_upload_without_the_antiforgery_token()
    {
        using var client = await app.SignedIn("admin");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("x")), "files", "a.txt" } };

        var api = await client.PostAsync("/api/v1/reports", form);
        var page = await client.PostAsync("/upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_file_over_the_size_limit_without_reading_it()
    {
        using var client = await app.SignedIn("admin");

        var results = await ApiUpload(client, ("大文件.pdf", new byte[(WebAppFixture.MaxFileMegabytes * 1024 * 1024) + 1]));

        var result = Assert.Single(results.EnumerateArray());
        Assert.Equal("Unreadable", result.GetProperty("outcome").GetString());
        Assert.Contains($"超过了单个文件 {WebAppFixture.MaxFileMegabytes} MB 的上限", result.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_request_over_the_upload_limit_with_413_in_Chinese()
    {
        using var client = await app.SignedIn("admin");
        var chunk = new byte[2 * 1024 * 1024];
        var files = Enumerable.Range(0, (WebAppFixture.MaxUploadMegabytes / 2) + 1).Select(i => ($"{i}.pdf", chunk)).ToArray();

        var response = await WebForms.Upload(client, "/api/v1/reports", files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("上传内容过大", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports")).StatusCode);
    }

    [Fact]
    public async Task Refuses_too_many_files_at_once()
    {
        using var client = await app.SignedIn("admin");
        var files = Enumerable.Range(0, 51).Select(i => ($"{i}.txt", new byte[] { 1 })).ToArray();

        var response = await WebForms.Upload(client, "/api/v1/reports", files);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("一次最多上传 50 个文件", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_zip_bomb_and_a_pdf_bomb_with_a_message_and_stays_healthy()
    {
        using var client = await app.SignedIn("admin");
        var pdfBomb = HostileInputs.FullSize.Single(h => h.Name == "pdf-spaces-1gib.pdf").Make();

        var results = await ApiUpload(client, ("bomb.docx", ZipBomb()), ("bomb.pdf", pdfBomb), ("nested.docx", HostileInputs.DocxNested(5_000)));

        Assert.All(results.EnumerateArray(), r =>
        {
            Assert.Equal("Unreadable", r.GetProperty("outcome").GetString());
            Assert.Matches("[\\u4e00-\\u9fff]", r.GetProperty("message").GetString()!);
            Assert.DoesNotContain("Exception", r.GetProperty("message").GetString()!, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports")).StatusCode);
    }

    [Fact]
    public async Task Expands_a_zip_through_the_api_with_a_line_per_file_and_refuses_its_hostile_entries_in_Chinese()
    {
        using var client = await app.SignedIn("admin");
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"));
        var zeros = new byte[(WebAppFixture.MaxFileMegabytes + 1) * 1024 * 1024];
        var archive = ZipFiles.Of(("年报/自然资源.txt", sample), ("../逃逸.txt", sample), ("炸弹.txt", zeros), ("内层.zip", ZipFiles.Of(("更深.zip", ZipFiles.Of(("深.txt", sample))))));

        var results = (await ApiUpload(client, ("年报.zip", archive))).EnumerateArray().ToList();

        Assert.Equal(["年报.zip/年报/自然资源.txt", "年报.zip/../逃逸.txt", "年报.zip/炸弹.txt", "年报.zip/内层.zip/更深.zip"], results.Select(r => r.GetProperty("name").GetString()));
        Assert.All(results, r => Assert.Equal("年报.zip", r.GetProperty("source").GetString()));
        Assert.Equal(["Duplicate", "Unreadable", "Unreadable", "Unreadable"], results.Select(r => r.GetProperty("outcome").GetString()));
        Assert.Contains("路径不安全", results[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"解压后超过单个文件 {WebAppFixture.MaxFileMegabytes} MB 的上限", results[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("压缩包嵌套超过 2 层", results[3].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports")).StatusCode);
    }

    private static async Task<JsonElement> ApiUpload(HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var response = await WebForms.Upload(client, "/api/v1/reports", files);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    // A DOCX whose document part inflates to 256 MB of spaces from about 250 KB.
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 256; i++)
            {
                document.Write(spaces);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(12).NextBytes(bytes);
        return bytes;
    }
}
