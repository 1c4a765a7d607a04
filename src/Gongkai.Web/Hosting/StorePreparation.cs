using Gongkai.Store;
using Gongkai.Web.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Gongkai.Web.Hosting;

/// <summary>Before serving: the store opened (and migrated) once, the demo data when asked, and the address printed in Chinese.</summary>
internal static class StorePreparation
{
    /// <returns><see langword="false"/> when the store cannot be used (the reason printed in Chinese).</returns>
    public static async Task<bool> PrepareStoreAsync(this WebApplication app)
    {
        WebSettings settings;
        try
        {
            settings = app.Services.GetRequiredService<WebSettings>();
            if (settings.Demo)
            {
                DemoStore.Reset(settings);
            }

            using var scope = app.Services.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<ReportStore>();
            if (settings.Demo && !await DemoStore.SeedAsync(scope.ServiceProvider, store, settings))
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or StoreUnavailableException)
        {
            // StoreLocation and ReportStore.Open say why in Chinese, naming the store.
            await Console.Error.WriteLineAsync(ex.Message);
            return false;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine($"政府信息公开年报平台已启动，数据库：{settings.Store.Display}");
            foreach (var address in addresses)
            {
                Console.WriteLine($"  请在浏览器中打开 {address}");
            }

            if (settings.Demo)
            {
                DemoStore.PrintLogins(Console.Out);
            }

            Console.WriteLine("按 Ctrl+C 停止。");
        });
        return true;
    }
}
