using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>
/// Pages that start signed in, for tests whose subject is not signing in: the token pair comes from the API and the
/// refresh token is put where the console keeps it, so the console restores the session as after a reload instead
/// of the test typing into the sign-in form. SignInTests and the tests of the session itself keep the real form.
/// </summary>
public static class SignedInPages
{
    /// <summary>The console's own key for the tab's refresh token (src/Web/Session/TokenStore).</summary>
    public const string RefreshTokenKey = "securitytrax.refresh";

    /// <summary>A fresh page of the class's shared context, signed in as <paramref name="userName"/> and showing <paramref name="path"/>.</summary>
    public static async Task<IPage> OpenAsync(ConsoleSystem system, Chromium chromium, string tenant, string path, string userName = "admin",
        string password = ConsoleSystem.AdminPassword, int width = 1280, int height = 900)
    {
        var page = await chromium.OpenPageAsync(system.BaseAddress, width, height);
        await SignInAtAsync(page, system, tenant, path, userName, password);
        return page;
    }

    /// <summary>Signs <paramref name="page"/> in through the API and opens <paramref name="path"/> signed in.</summary>
    public static async Task SignInAtAsync(IPage page, ConsoleSystem system, string tenant, string path, string userName = "admin",
        string password = ConsoleSystem.AdminPassword)
    {
        var response = await system.Http.PostAsJsonAsync("/api/v1/auth/token", new { tenant, userName, password });
        response.EnsureSuccessStatusCode();
        var refreshToken = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();
        // Session storage is per origin: a small file of the console's own origin opens it without starting the app.
        await page.GotoAsync("css/app.css");
        await page.EvaluateAsync("([key, token]) => sessionStorage.setItem(key, token)", new[] { RefreshTokenKey, refreshToken });
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
