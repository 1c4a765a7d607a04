using Gongkai.Store;
using Gongkai.Testing;
using Gongkai.Web.Demo;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Pages;

/// <summary>
/// The application on a store with the samples' registry and the demo accounts but no report, so that a fixture PDF
/// uploaded is stored as read from the PDF (in the shared store its content is already there, from the text sample).
/// </summary>
public sealed class PdfStoreFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-web-pdf-").FullName;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var samples = Directory.CreateDirectory(Path.Combine(_folder, "samples")).FullName;
        File.Copy(Path.Combine(RepositoryRoot.Samples, "registry.csv"), Path.Combine(samples, "registry.csv"));
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("db", Path.Combine(_folder, "web.db"));
            b.UseSetting("Gongkai:LoginPermitsPerMinute", "1000");
        });
        using var scope = Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ReportStore>();
        var settings = scope.ServiceProvider.GetRequiredService<WebSettings>() with { Samples = samples };
        Assert.True(await DemoStore.SeedAsync(scope.ServiceProvider, store, settings));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A client signed in as <paramref name="userName"/>, keeping cookies, not following redirects.</summary>
    public async Task<HttpClient> SignedIn(string userName)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await WebForms.Login(client, userName, DemoStore.Accounts.Single(a => a.UserName == userName).Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
