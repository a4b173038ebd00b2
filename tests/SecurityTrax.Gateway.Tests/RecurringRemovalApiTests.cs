using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static SecurityTrax.Gateway.Tests.CustomerApiClient;
using static SecurityTrax.Gateway.Tests.InvoicesApiTests;

namespace SecurityTrax.Gateway.Tests;

/// <summary>Removing what an active recurring invoice depends on answers 409 naming it, unless the caller says how to go on.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RecurringRemovalApiTests(GatewayFixture fixture) : BillingSession(fixture)
{
    private const string InUse = "urn:securitytrax:problem:recurring-invoices-active";

    [Fact]
    public async Task RemovingABillingMethodARecurringInvoiceNamesAnswers409NamingItUntilTheCallerSwitchesItToTheDefault()
    {
        var (customer, card) = await CustomerWithCardAsync();
        var named = await RecurringAsync(customer, card);
        var other = await RecurringAsync(customer, null);
        var path = $"/api/v1/customers/{customer}/billing-methods/{card}";

        var methods = $"/api/v1/customers/{customer}/billing-methods";
        var refused = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, path, methods);
        var unknown = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, path + "?recurring=later", methods);
        var missing = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{methods}/99?recurring=stop", methods);

        Assert.Equal([named], await InUseAsync(refused));
        Assert.Equal(["recurring"], Fields(await Problems.AssertAsync(unknown, HttpStatusCode.BadRequest, Validation)));
        await Problems.AssertAsync(missing, HttpStatusCode.NotFound, "urn:securitytrax:problem:not-found");
        Assert.Equal([card], await MethodIdsAsync(customer));
        Assert.Equal(((long?)card, "active"), await MethodAndStatusAsync(named));

        var switched = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, path + "?recurring=switch_to_default", methods);

        Assert.Equal(HttpStatusCode.NoContent, switched.StatusCode);
        Assert.Empty(await MethodIdsAsync(customer));
        Assert.Equal(((long?)null, "active"), await MethodAndStatusAsync(named));
        Assert.Equal(((long?)null, "active"), await MethodAndStatusAsync(other));
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/history?entity=recurring_invoice");
        Assert.Contains("billing_method_changed", history.GetProperty("items").EnumerateArray().Select(h => S(h, "action")));
    }

    [Fact]
    public async Task StopOnRemovingABillingMethodStopsTheRecurringInvoicesThatNameIt()
    {
        var (customer, card) = await CustomerWithCardAsync();
        var named = await RecurringAsync(customer, card);

        var methods = $"/api/v1/customers/{customer}/billing-methods";
        var removed = await CustomerApiClient.SendCurrentAsync(Admin, HttpMethod.Delete, $"{methods}/{card}?recurring=stop", methods);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(((long?)card, "deleted"), await MethodAndStatusAsync(named));
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/recurring-invoices")).EnumerateArray());
    }

    [Fact]
    public async Task DeletingACustomerWithActiveRecurringInvoicesAnswers409NamingThemUntilTheCallerStopsThem()
    {
        var (customer, _) = await CustomerWithCardAsync();
        var first = await RecurringAsync(customer, null);
        var second = await RecurringAsync(customer, null);
        var path = $"/api/v1/customers/{customer}";
        var etag = await ETagAsync(Admin, path);

        var refused = await SendAsync(Admin, HttpMethod.Delete, path, etag);
        var switched = await SendAsync(Admin, HttpMethod.Delete, path + "?recurring=switch_to_default", etag);
        var stale = await SendAsync(Admin, HttpMethod.Delete, path + "?recurring=stop", "\"0\"");

        Assert.Equal([first, second], await InUseAsync(refused));
        Assert.Equal(["recurring"], Fields(await Problems.AssertAsync(switched, HttpStatusCode.BadRequest, Validation)));
        await Problems.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "urn:securitytrax:problem:stale-version");
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync(path)).StatusCode);
        Assert.Equal(((long?)null, "active"), await MethodAndStatusAsync(first));

        var stopped = await SendAsync(Admin, HttpMethod.Delete, path + "?recurring=stop", etag);

        Assert.Equal(HttpStatusCode.NoContent, stopped.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync(path)).StatusCode);
        Assert.Equal(((long?)null, "deleted"), await MethodAndStatusAsync(first));
        Assert.Equal(((long?)null, "deleted"), await MethodAndStatusAsync(second));
    }

    [Fact]
    public async Task ResumingTakesIfMatchAndOnlyAPausedRecurringInvoice()
    {
        var (customer, _) = await CustomerWithCardAsync();
        var id = await RecurringAsync(customer, null);
        var path = $"/api/v1/recurring-invoices/{id}/resume";

        var missing = await Admin.PostAsync(path, null);
        var active = await SendAsync(Admin, HttpMethod.Post, path, await ETagAsync(Admin, $"/api/v1/recurring-invoices/{id}"));

        await Problems.AssertAsync(missing, HttpStatusCode.PreconditionRequired, "urn:securitytrax:problem:precondition-required");
        await Problems.AssertAsync(active, HttpStatusCode.Conflict, "urn:securitytrax:problem:conflict");
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesTheRecurringChoiceTheConflictAndTheResumeRoute()
    {
        var paths = (await Fixture.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "/api/v1/customers/{id}/billing-methods/{methodId}", "/api/v1/customers/{id}" })
        {
            var delete = paths.GetProperty(path).GetProperty("delete");
            Assert.Contains("recurring", delete.GetProperty("parameters").EnumerateArray().Where(p => S(p, "in") == "query").Select(p => S(p, "name")));
            Assert.True(delete.GetProperty("responses").TryGetProperty("409", out _));
        }

        Assert.True(paths.GetProperty("/api/v1/recurring-invoices/{recurringId}/resume").TryGetProperty("post", out _));
    }

    /// <summary>The 409 ProblemDetails of a removal that active recurring invoices stand in the way of; answers their ids.</summary>
    private static async Task<long[]> InUseAsync(HttpResponseMessage response)
    {
        Assert.Equal((HttpStatusCode.Conflict, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((409, InUse), (problem.GetProperty("status").GetInt32(), S(problem, "type")));
        return [.. problem.GetProperty("recurringInvoiceIds").EnumerateArray().Select(i => i.GetInt64())];
    }

    private async Task<(long Customer, long Card)> CustomerWithCardAsync()
    {
        var customer = await CustomerAsync();
        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/billing-methods", new { kind = "card", token = "pm_card_visa", makeDefault = true });
        response.EnsureSuccessStatusCode();
        return (customer, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
    }

    private async Task<long> RecurringAsync(long customer, long? billingMethodId)
    {
        var next = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await Admin.PostAsJsonAsync($"/api/v1/customers/{customer}/recurring-invoices", new
        {
            lines = new[] { new { itemId = LabourItem, quantity = 1 } }, nextDate = next, interval = 1, unit = "months", count = 12, billingMethodId,
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task<long[]> MethodIdsAsync(long customer) =>
        [.. (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{customer}/billing-methods")).EnumerateArray().Select(m => m.GetProperty("id").GetInt64())];

    private async Task<(long? Method, string? Status)> MethodAndStatusAsync(long recurring)
    {
        var json = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/recurring-invoices/{recurring}");
        var method = json.GetProperty("billingMethodId");
        return (method.ValueKind == JsonValueKind.Null ? null : method.GetInt64(), S(json, "status"));
    }
}
