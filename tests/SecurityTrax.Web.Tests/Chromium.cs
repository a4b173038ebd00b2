using Microsoft.Playwright;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// One headless Chromium per test class (Debian's, through its path: Playwright's own browser download cannot run
/// here). <see cref="OpenPageAsync"/> gives each test a fresh page in the class's one shared context, emptied of the
/// previous test's pages and storage but keeping the browser's cache of the console's files, so the app is not
/// downloaded again for every test; <see cref="NewPageAsync"/> gives a context of its own (a second user beside the
/// first, a page clock, a test that cannot share).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;
    private SharedContext? _shared;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing; ./test.sh installs it (apt-get install chromium).");
        }

        // The first page of a fresh context downloads and starts the whole app: give it time on a busy machine.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh, throw-away user-data folder of its own.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context at the console's address; 1280×900 unless a phone size is asked for.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, int height = 900) =>
        await (await NewContextAsync(baseAddress, width, height)).NewPageAsync();

    /// <summary>
    /// A fresh page at the console's address in the class's shared context, 1280×900 unless a phone size is asked for.
    /// It closes the pages the previous test opened with it, so a test that needs two pages at once takes the second
    /// from <see cref="NewPageAsync"/>.
    /// </summary>
    public async Task<IPage> OpenPageAsync(Uri baseAddress, int width = 1280, int height = 900)
    {
        if (_shared is null || _shared.BaseAddress != baseAddress)
        {
            _shared = new SharedContext(await NewContextAsync(baseAddress, width, height), baseAddress);
        }

        return await _shared.FreshPageAsync(width, height);
    }

    private async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
