using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Hosting;

[Collection(WebCollection.Name)]
public sealed partial class SecurityHeadersTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/public")]
    [InlineData("/api/v1/reports")]
    [InlineData("/css/site.css")]
    public async Task Sends_a_strict_content_security_policy_everywhere(string path)
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/reports")]
    [InlineData("/upload")]
    [InlineData("/login")]
    public async Task Writes_no_inline_script_or_style_that_the_policy_would_block(string path)
    {
        using var client = await app.SignedIn("admin");
        var pages = new List<string> { await client.GetStringAsync(path) };
        using (var store = app.OpenStore())
        {
            pages.Add(await client.GetStringAsync($"/reports/{store.Reports().First(r => r.Errors > 0).ReportId}"));
        }

        Assert.All(pages, html =>
        {
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Sets_the_sign_in_and_antiforgery_cookies_http_only_and_same_site_strict()
    {
        using var client = app.Anonymous();
        var login = await client.GetAsync("/login");
        var token = await WebForms.Token(client, "/login");
        var signIn = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = "demo-admin-2026",
            ["__RequestVerificationToken"] = token,
        }));

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("gongkai.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("gongkai.af=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
