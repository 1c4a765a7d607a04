using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Web.Api;
using Gongkai.Web.Auditing;
using Gongkai.Web.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Hosting;

/// <summary>The application's services: settings, the store per request, accounts, security, pages and API.</summary>
internal static class GongkaiWebServices
{
    /// <summary>The rate-limiting policy of the sign-in form.</summary>
    public const string LoginPolicy = "login";

    public static WebApplicationBuilder AddGongkaiWeb(this WebApplicationBuilder builder, ServeArguments serve)
    {
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls(WebSettings.DefaultUrls);
        }

        var services = builder.Services;
        // Read when first needed, from the configuration as finally built (the tests' host adds its own settings).
        services.AddSingleton(sp => WebSettings.From(sp.GetRequiredService<IConfiguration>(), serve.Demo));
        services.AddSingleton(sp => new StoreFactory(sp.GetRequiredService<WebSettings>().Store));
        services.AddScoped(sp => sp.GetRequiredService<StoreFactory>().Open());
        services.AddHttpContextAccessor();
        services.AddScoped<AuditTrail>();
        services.AddStaticFileTypes();
        AddAccounts(services);
        services.AddGongkaiOpenApi();
        AddProtections(services);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Reports");
            o.Conventions.AuthorizePage("/Upload");
            o.Conventions.AuthorizeFolder("/Drafts");
            o.Conventions.AuthorizeFolder("/Cases");
            o.Conventions.AuthorizeFolder("/Audit").AuthorizeFolder("/Account").AuthorizeFolder("/Admin", AdminPolicy.Name);
        }).AddMvcOptions(o => ChineseValidation.Apply(o.ModelBindingMessageProvider));
        // Chinese text as it is, not as character references, in pages and JSON.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            var status = c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode;
            c.ProblemDetails.Title = ApiProblems.Title(status);
            c.ProblemDetails.Extensions.Remove("traceId");
        });
        return builder;
    }

    private static void AddAccounts(IServiceCollection services)
    {
        services.AddGongkaiAuthentication();
        services.AddIdentityCore<GongkaiUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddSignInManager()
            .AddUserStore<AccountUserStore>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();
        // Read from the configuration as finally built (the tests' host adds its own settings after Program runs).
        services.AddOptions<IdentityOptions>().Configure<IConfiguration>((o, c) => o.Lockout.MaxFailedAccessAttempts = c.GetValue("Gongkai:LockoutAttempts", 5));
        services.AddSingleton(sp => new StoreTicketStore(sp.GetRequiredService<StoreFactory>(), sp.GetRequiredService<IDataProtectionProvider>()));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "gongkai.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = c => ApiOr(c, StatusCodes.Status401Unauthorized, "请先登录。");
            o.Events.OnRedirectToAccessDenied = c => ApiOr(c, StatusCodes.Status403Forbidden, "您的账户无权进行此操作。");
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<StoreTicketStore>((o, tickets) => o.SessionStore = tickets);
        services.AddAuthorization(AdminPolicy.Add);
    }

    private static void AddProtections(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("gongkai");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<StoreFactory>())));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "gongkai.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddOptions<FormOptions>().Configure<WebSettings>((o, settings) => o.MultipartBodyLengthLimit = settings.MaxUploadBytes);
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var permits = configuration.GetValue("Gongkai:LoginPermitsPerMinute", 10);
            // Only attempts count (POST), per client address: showing the form is free. The keys of the two kinds never
            // meet (a partition is found by its key: an address-less attempt must not land in the unlimited one).
            o.AddPolicy(LoginPolicy, c => HttpMethods.IsPost(c.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter($"attempt:{c.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("form"));
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (c, cancellation) =>
            {
                c.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(c.HttpContext.Response.WriteAsync("登录尝试过于频繁，请一分钟后再试。", cancellation));
            };
        });
    }

    // The API answers 401/403 as problem+json; the pages redirect to the sign-in or refusal page.
    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, string detail)
    {
        if (!context.Request.IsApi())
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        return ApiProblems.Problem(status, detail).ExecuteAsync(context.HttpContext);
    }
}
