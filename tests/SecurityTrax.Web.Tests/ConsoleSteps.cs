using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>What a person does again and again in the console, and the API calls that arrange or check data.</summary>
public static class ConsoleSteps
{
    public static async Task FillSignInAsync(IPage page, string tenant, string userName, string password)
    {
        await page.GetByLabel("Company").FillAsync(tenant);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Opens <paramref name="path"/>, signs in on the page it is sent to, and waits to be back there.</summary>
    public static async Task SignInAtAsync(IPage page, string tenant, string path, string userName = "admin", string password = ConsoleSystem.AdminPassword)
    {
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await FillSignInAsync(page, tenant, userName, password);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    public static async Task<long> CreateCustomerAsync(HttpClient api, string firstName, string lastName, string stage = "customer", string? email = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/customers", new { stage, firstName, lastName, email });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<(JsonElement Customer, string ETag)> GetCustomerAsync(HttpClient api, long id)
    {
        var response = await api.GetAsync($"/api/v1/customers/{id}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    /// <summary>The screen at 390 px wide: nothing wider than the phone (no sideways scrolling); saved as <paramref name="screen"/>.</summary>
    public static async Task ExpectFitsAPhoneAsync(IPage page, string screen)
    {
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForFunctionAsync("document.documentElement.scrollWidth <= 390");
        await Screens.SaveAsync(page, screen);
    }

    /// <summary>The rendered sizes (width × height in px) of the page's checkboxes and radio buttons, each size once.</summary>
    public static async Task<string[]> ChoiceSizesAsync(IPage page) => await page.EvaluateAsync<string[]>(
        "() => [...new Set([...document.querySelectorAll('input[type=checkbox], input[type=radio]')]"
        + ".map(i => { const r = i.getBoundingClientRect(); return `${r.width}x${r.height}`; }))]");

    /// <summary>
    /// Opens <paramref name="path"/> inside the running console, as its own links do. A page load (GotoAsync) starts the
    /// whole app again, seconds on a busy machine; keep it for what is about loading: deep links, reloads, sign-in.
    /// </summary>
    public static async Task GoWithinAsync(IPage page, string path) => await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
}
