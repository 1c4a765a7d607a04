using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Identity;

[Collection(WebCollection.Name)]
public sealed class LoginRateLimitTests(WebAppFixture app)
{
    [Fact]
    public async Task Refuses_sign_in_attempts_past_the_limit_with_429_in_Chinese_while_the_form_still_shows()
    {
        using var limited = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("db", app.StorePath);
            b.UseSetting("Gongkai:LoginPermitsPerMinute", "3");
        });
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await WebForms.Login(client, "nobody", "wrong-password-1")).StatusCode);
        }

        var refused = await WebForms.Login(client, "nobody", "wrong-password-1");
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("登录尝试过于频繁，请一分钟后再试。", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }
}
