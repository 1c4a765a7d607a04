using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Testing;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// 查看原文 of a PDF uploaded through the API (into a store without the samples): the page
/// names the value's page and box and the original file's address, which serves the PDF to the same user.
/// </summary>
public sealed partial class PdfSourceViewTests(PdfStoreFixture app) : IClassFixture<PdfStoreFixture>
{
    private const string Fixture = "s01-docx-2021-clean-pdf.pdf";

    [Fact]
    public async Task Gives_the_page_the_values_page_box_and_original_pdf()
    {
        using var client = await app.SignedIn("admin");
        var pdf = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw", Fixture));
        var upload = await WebForms.Upload(client, "/api/v1/reports", (Fixture, pdf));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement[0].GetProperty("reportId").GetInt64();
        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reports/{id}")).RootElement;
        var box = json.GetProperty("boxes").GetProperty("requests.newReceived.total").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var page = json.GetProperty("provenance").GetProperty("requests.newReceived.total").GetString()!.Split(':')[0];

        var html = await client.GetStringAsync($"/reports/{id}/source?cell=requests.newReceived.total");
        using var other = await app.SignedIn("tangchuan-zj");
        var outside = await other.GetAsync($"/reports/{id}/source?cell=requests.newReceived.total");

        var view = PdfView().Match(html);
        Assert.True(view.Success, html);
        Assert.Equal(page, "p" + view.Groups["page"].Value);
        Assert.Equal(box, view.Groups["box"].Value.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var file = await client.GetByteArrayAsync(WebUtility.HtmlDecode(view.Groups["file"].Value));
        Assert.Equal(SHA256.HashData(pdf), SHA256.HashData(file));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [GeneratedRegex("class=\"pdf-source\"\\s+data-file=\"(?<file>[^\"]+)\"\\s+data-page=\"(?<page>\\d+)\"\\s+data-box=\"(?<box>[^\"]+)\"")]
    private static partial Regex PdfView();
}
