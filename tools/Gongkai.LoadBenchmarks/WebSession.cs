using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.LoadBenchmarks;

/// <summary>
/// One virtual user: its own connection and cookie jar, signed in through the login form (antiforgery token
/// included) as a person would be. Redirects are not followed, so a page that sends the user to the login is an error.
/// </summary>
internal sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _http;

    public WebSession(string address)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            // One connection per user, as one browser tab keeps.
            MaxConnectionsPerServer = 1,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Signs in; throws when the form does not lead to the report list.</summary>
    public async Task SignInAsync(string userName, string password)
    {
        using var response = await PostFormAsync("/login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {userName} gave {(int)response.StatusCode}, not a redirect");
        }
    }

    /// <summary>Posts a form of the page at <paramref name="path"/> with the antiforgery token the page gave.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        var page = await _http.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{path} has no antiforgery token");
        }

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Requests <paramref name="path"/> and reads the whole body; the status code.</summary>
    public async Task<HttpStatusCode> GetAsync(string path, CancellationToken cancellation)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellation);
        return response.StatusCode;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
