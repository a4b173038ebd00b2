using Microsoft.Playwright;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// One browser context that the tests of a class take turns in. Each turn closes the previous test's pages and
/// clears what the console or a test could have left for the origin (cookies, local storage, IndexedDB, service
/// workers); session storage belongs to a page, so the new page starts without one. Only the HTTP cache and Cache
/// Storage stay: they hold the console's fingerprinted files, which no test changes.
/// </summary>
public sealed class SharedContext(IBrowserContext context, Uri baseAddress)
{
    private const string StateKinds = "cookies,file_systems,indexeddb,local_storage,service_workers,websql,shared_storage,storage_buckets";

    public Uri BaseAddress { get; } = baseAddress;

    public async Task<IPage> FreshPageAsync(int width, int height)
    {
        foreach (var old in context.Pages.ToArray())
        {
            await old.CloseAsync();
        }

        // A test that took the network away (a drop) must not leave the next one offline.
        await context.SetOfflineAsync(false);
        await context.ClearCookiesAsync();
        await context.ClearPermissionsAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object>
        {
            ["origin"] = BaseAddress.GetLeftPart(UriPartial.Authority),
            ["storageTypes"] = StateKinds,
        });
        await devtools.DetachAsync();
        return page;
    }
}
