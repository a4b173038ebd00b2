using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SecurityTrax.Web.Tests;

/// <summary>The console's hub connection: toasts and the bell, screens that follow payment outcomes, catch-up after a drop.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LiveTests(ConsoleSystem system, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);
    private const string Welcome = "Welcome to SecurityTrax";

    [Fact]
    public async Task ATicketAssignedInOneBrowserIsAToastInTheAssigneesBrowserWithinASecondAndInTheBellUntilRead()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tessId = await TicketSteps.CreateUserAsync(api, "tess", "Tess Tech");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Lou", "Live");
        var tess = await SignedInPages.OpenAsync(system, chromium, tenant, "/tickets/mine", userName: "tess", password: TicketSteps.UserPassword);
        await Expect(tess.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");
        await Expect(tess.GetByText("No open tickets are assigned to you.")).ToBeVisibleAsync();
        // The inbox already holds the welcome of a new user.
        await Expect(tess.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 1 unread");
        // A second browser context: the admin is another user beside Tess.
        var admin = await chromium.NewPageAsync(system.BaseAddress);
        await SignedInPages.SignInAtAsync(admin, system, tenant, $"/customers/{id}/notes");

        await admin.GetByLabel("Note type").SelectOptionAsync("Service");
        await admin.GetByLabel("Subject").FillAsync("Keypad beeping");
        await admin.GetByLabel("Note", new() { Exact = true }).FillAsync("Customer hears beeps at night.");
        await admin.GetByLabel("Open a ticket for it").CheckAsync();
        await admin.GetByLabel("Assign to").SelectOptionAsync(tessId.ToString(CultureInfo.InvariantCulture));
        var answer = await admin.RunAndWaitForResponseAsync(
            () => admin.GetByRole(AriaRole.Button, new() { Name = "Open ticket" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith($"/api/v1/customers/{id}/notes", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        var toast = tess.Locator(".toast").Filter(new() { HasText = "Keypad beeping" });
        await toast.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        var elapsed = clock.Elapsed;

        Assert.Equal(201, answer.Status);
        Assert.True(elapsed < Within, $"The toast showed {elapsed.TotalMilliseconds:F0} ms after the API answered.");
        var ticket = (await answer.JsonAsync())!.Value.GetProperty("id").GetInt64();
        await Expect(toast.Locator(".toast-title")).ToHaveTextAsync($"Ticket #{ticket}: Keypad beeping");
        await Expect(toast.Locator(".toast-title")).ToHaveAttributeAsync("href", $"customers/{id}/notes");
        // My tickets follows the push without a reload.
        await Expect(tess.Locator("table.tickets tbody tr .ticket-subject")).ToHaveTextAsync(["Keypad beeping"]);
        var bell = tess.Locator(".bell > button");
        await Expect(bell).ToHaveAccessibleNameAsync("Notifications, 2 unread");
        await bell.ClickAsync();
        await Expect(tess.Locator("#inbox-panel li.unread a")).ToHaveTextAsync([$"Ticket #{ticket}: Keypad beeping", Welcome]);
        await Screens.SaveAsync(tess, "live-toast-and-bell");

        await tess.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Expect(bell).ToHaveAccessibleNameAsync("Notifications, 0 unread");
        await Expect(tess.Locator("#inbox-panel li.unread")).ToHaveCountAsync(0);
        // Read stays read in this browser after a reload.
        await tess.ReloadAsync();
        await Expect(tess.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");
        await tess.Locator(".bell > button").ClickAsync();
        await Expect(tess.Locator("#inbox-panel li a")).ToHaveTextAsync([$"Ticket #{ticket}: Keypad beeping", Welcome]);
        await Expect(tess.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 0 unread");
    }

    [Fact]
    public async Task AnAssignmentMadeWhileTheConnectionWasDownShowsAfterTheReconnectFromTheInbox()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var tessId = await TicketSteps.CreateUserAsync(api, "tess", "Tess Tech");
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Otto", "Offline");
        var tess = await chromium.OpenPageAsync(system.BaseAddress);
        var sockets = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        // The hub's socket passes through the test, so the test can cut it as a network drop would.
        await tess.RouteWebSocketAsync(url => url.Contains("/hubs/events", StringComparison.Ordinal), socket =>
        {
            var server = socket.ConnectToServer();
            lock (sockets)
            {
                sockets.Add((socket, server));
            }
        });
        await SignedInPages.SignInAtAsync(tess, system, tenant, "/customers", userName: "tess", password: TicketSteps.UserPassword);
        var live = tess.Locator(".bell");
        await Expect(live).ToHaveAttributeAsync("data-live", "connected");
        await Expect(tess.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 1 unread");
        var before = await TicketSteps.OpenTicketAsync(api, id, "Before the drop", tessId);
        await Expect(tess.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 2 unread");

        await tess.Context.SetOfflineAsync(true);
        foreach (var (page, server) in sockets.ToArray())
        {
            await server.CloseAsync();
            await page.CloseAsync(new() { Code = 1006 });
        }

        await Expect(live).ToHaveAttributeAsync("data-live", "reconnecting");
        var missed = await TicketSteps.OpenTicketAsync(api, id, "While offline", tessId, priority: "urgent");
        await Expect(tess.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 2 unread");
        await Expect(tess.Locator(".toast").Filter(new() { HasText = "While offline" })).ToHaveCountAsync(0);
        await tess.Context.SetOfflineAsync(false);

        await Expect(live).ToHaveAttributeAsync("data-live", "connected");
        await Expect(tess.Locator(".toast").Filter(new() { HasText = "While offline" }).Locator(".toast-title")).ToHaveTextAsync($"Ticket #{missed}: While offline");
        await Expect(tess.Locator(".bell > button")).ToHaveAccessibleNameAsync("Notifications, 3 unread");
        await tess.Locator(".bell > button").ClickAsync();
        await Expect(tess.Locator("#inbox-panel li a")).ToHaveTextAsync([$"Ticket #{missed}: While offline", $"Ticket #{before}: Before the drop", Welcome]);
    }

    [Fact]
    public async Task APaymentOnTheCustomerOnScreenUpdatesItsInvoiceListWithoutAReload()
    {
        var tenant = await system.NewTenantAsync();
        using var api = await system.AdminApiAsync(tenant);
        var id = await ConsoleSteps.CreateCustomerAsync(api, "Penny", "Payment");
        var item = await api.PostAsJsonAsync("/api/v1/catalog/items", new { name = "Keypad", unitPrice = 120.00m, taxable = false, kind = "equipment" });
        var itemId = (await item.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var created = await api.PostAsJsonAsync($"/api/v1/customers/{id}/invoices", new { lines = new[] { new { itemId, quantity = 1 } } });
        var invoice = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var page = await SignedInPages.OpenAsync(system, chromium, tenant, $"/customers/{id}/invoices");
        await Expect(page.Locator(".bell")).ToHaveAttributeAsync("data-live", "connected");
        var cells = page.Locator($"tr[data-invoice-id='{invoice}'] td");
        await Expect(cells.Nth(3)).ToHaveTextAsync("120.00");
        var loads = 0;
        page.Load += (_, _) => loads++;

        // Paid elsewhere (another screen, the API): the list on screen follows.
        using var pay = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/invoices/{invoice}/pay") { Content = JsonContent.Create(new { manualKind = "cash" }) };
        pay.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        (await api.SendAsync(pay)).EnsureSuccessStatusCode();

        await Expect(cells.Nth(3)).ToHaveTextAsync("0.00");
        await Expect(cells.Nth(6)).ToHaveTextAsync("paid");
        // The same user started it: the outcome is also a toast.
        await Expect(page.Locator(".toast .toast-title")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex(@"^Payment \d+ succeeded$")]);
        Assert.Equal(0, loads);
    }
}
