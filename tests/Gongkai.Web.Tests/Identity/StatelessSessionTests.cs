using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Identity;

/// <summary>
/// Two instances on one store serve the same users: the key ring and the sessions are in the store, so a sign-in on
/// one continues on the other, and a sign-out on one ends the session on both.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StatelessSessionTests(WebAppFixture app)
{
    [Fact]
    public async Task Continues_on_a_second_instance_a_session_begun_on_the_first_and_ends_it_there_too()
    {
        using var first = app.Anonymous();
        var signIn = await WebForms.Login(first, "luting", "demo-luting-2026");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gongkai.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var other = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("db", app.StorePath));
        using var second = other.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var continued = await Get(second, "/reports", cookie);
        var token = await WebForms.Token(first, "/reports");
        await first.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var ended = await Get(second, "/reports", cookie);

        Assert.Equal(HttpStatusCode.OK, continued.StatusCode);
        Assert.Contains("luting（区域管理员）", await continued.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
