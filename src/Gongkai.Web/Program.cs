using Gongkai.Web.Api;
using Gongkai.Web.Hosting;

// `./gongkai serve [--demo] [--db X] [--urls U]`, or `./gongkai serve --add-admin NAME` (FirstAdministrator): the composition is in Hosting/ (AddGongkaiWeb, UseGongkaiWeb).
var serve = ServeArguments.Parse(args);
var builder = WebApplication.CreateBuilder(serve.HostArguments);
builder.AddGongkaiWeb(serve);
var app = builder.Build();
if (!await app.PrepareStoreAsync())
{
    return 1;
}

if (serve.AddAdmin is { } administrator)
{
    return await FirstAdministrator.CreateAsync(app.Services, administrator, Environment.GetEnvironmentVariable(FirstAdministrator.PasswordVariable), Console.Out, Console.Error);
}

app.UseGongkaiWeb();
app.MapRollupsApi();
app.MapAdminApi();
app.MapOpenApi(OpenApiDocument.Path);
app.MapGongkaiApi();
app.MapAuditsApi();
app.MapDraftsApi();
app.MapCasesApi();
app.MapPublicationApi();
app.MapReviewsApi();
app.MapRazorPages();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
