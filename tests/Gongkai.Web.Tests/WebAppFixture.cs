using System.Net;
using Gongkai.Store;
using Gongkai.Testing;
using Gongkai.Web.Demo;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// The application in process on a fresh SQLite store holding the samples, their registry and the demo accounts (as
/// <c>serve --demo</c> sets it up); the limits are small so that hostile uploads are quick to send.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-web-").FullName;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public string StorePath => Path.Combine(_folder, "web.db");

    /// <summary>The upload request limit configured here.</summary>
    public const int MaxUploadMegabytes = 8;

    /// <summary>The per-file limit configured here.</summary>
    public const int MaxFileMegabytes = 3;

    public async Task InitializeAsync()
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("db", StorePath);
            b.UseSetting("Gongkai:MaxUploadMegabytes", MaxUploadMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Gongkai:MaxFileMegabytes", MaxFileMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Gongkai:LoginPermitsPerMinute", "1000");
        });
        using var scope = Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ReportStore>();
        var settings = scope.ServiceProvider.GetRequiredService<WebSettings>() with { Samples = RepositoryRoot.Samples };
        Assert.True(await DemoStore.SeedAsync(scope.ServiceProvider, store, settings));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so a 302 to the sign-in page is seen).</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedIn(string userName, string? password = null)
    {
        var client = Anonymous();
        var response = await WebForms.Login(client, userName, password ?? DemoStore.Accounts.Single(a => a.UserName == userName).Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client without cookies that sends <paramref name="token"/> as a personal access token.</summary>
    public HttpClient Bearer(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The id of the one report of <paramref name="unitCode"/> in the store.</summary>
    public long ReportOf(string unitCode)
    {
        using var store = OpenStore();
        return store.Reports(new ReportFilter { Scope = AccessScope.All }).Single(r => r.UnitCode == unitCode).ReportId;
    }

    /// <summary>Opens the store the application uses.</summary>
    public ReportStore OpenStore() => ReportStore.Open(Gongkai.Store.Database.StoreLocation.Sqlite(StorePath));
}
