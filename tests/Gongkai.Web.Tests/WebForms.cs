using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests;

/// <summary>Posting the application's forms as a browser does: the antiforgery token taken from the page first.</summary>
internal static partial class WebForms
{
    public static async Task<string> Token(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    public static async Task<HttpResponseMessage> Login(HttpClient client, string userName, string password)
    {
        var token = await Token(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<HttpResponseMessage> Upload(HttpClient client, string path, params (string Name, byte[] Content)[] files)
    {
        var token = await Token(client, "/upload");
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        if (path == "/upload")
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        if (path != "/upload")
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="path"/> with the antiforgery token of <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient client, string page, string path, IDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await Token(client, page) };
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    /// <summary>Creates a personal access token on 访问令牌 as the signed-in user of <paramref name="client"/>; returns it as shown once.</summary>
    public static async Task<string> NewAccessToken(HttpClient client, string name, int days = 30)
    {
        var response = await Post(client, "/account/tokens", "/account/tokens?handler=Create", new Dictionary<string, string> { ["Name"] = name, ["Days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return NewTokenShown().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    [GeneratedRegex("id=\"new-token\">(gk_[A-Za-z0-9_-]{43})<")]
    private static partial Regex NewTokenShown();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
