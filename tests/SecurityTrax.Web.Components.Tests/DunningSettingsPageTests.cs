using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Web.Forms.Settings;
using SecurityTrax.Web.Pages.Settings;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>Settings → Dunning: shows what the API holds, refuses unreadable numbers next to their field, shows the API's
/// field errors, offers "Reload, keep my changes" on a stale version, and sends the switches with If-Match.</summary>
public sealed class DunningSettingsPageTests : BunitContext
{
    private const string Path = "/api/v1/settings/dunning";
    private const string Stored = """{"retryDays":[3,7,14],"noticeDaysBefore":2,"sendSms":false,"markPastDue":true,"openTicket":true,"ticketAssigneeId":null,"suspendAfterFinalFailure":false}""";
    private readonly FakeApi _api = new("settings.view", "settings.modify");

    public DunningSettingsPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(new HttpClient(_api) { BaseAddress = new Uri("http://console.test/") });
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<TokenStore>();
        Services.AddSingleton<AuthSession>();
        Services.AddSingleton<ApiClient>();
        _api.On(HttpMethod.Get, Path, () => FakeApi.Json(HttpStatusCode.OK, Stored, "\"3\""));
    }

    [Fact]
    public async Task TheStoredSettingsAreShownWithALabelOnEveryInput()
    {
        var cut = await OpenAsync();

        Assert.Equal("3, 7, 14", cut.Find("#retryDays").GetAttribute("value"));
        Assert.Equal("2", cut.Find("#noticeDaysBefore").GetAttribute("value"));
        Assert.False(cut.Find("input[type=checkbox]#suspendAfterFinalFailure").HasAttribute("checked"));
        Assert.True(cut.Find("input[type=checkbox]#markPastDue").HasAttribute("checked"));
        Assert.All(cut.FindAll("input, select"), i => Assert.NotNull(cut.Find($"label[for='{i.Id}']")));
    }

    [Fact]
    public async Task TextThatIsNotADayIsRefusedNextToItsFieldAndNothingIsSent()
    {
        var cut = await OpenAsync();

        cut.Find("#retryDays").Input("3, soon");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("'soon' is not a whole number.", cut.Find(".field-error[data-field=retryDays]").TextContent));
        Assert.DoesNotContain(_api.Sent, s => s.Method == HttpMethod.Patch);
        Assert.Equal("3, soon", cut.Find("#retryDays").GetAttribute("value"));
    }

    [Fact]
    public async Task TheApisFieldErrorIsShownBesideItsFieldAndWhatWasTypedStays()
    {
        _api.On(HttpMethod.Patch, Path, () => FakeApi.Problem(400, "One or more fields are invalid.", """{"retryDays":["List the retries in rising order, one per day at most."]}"""));
        var cut = await OpenAsync();

        cut.Find("#retryDays").Input("7, 3");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("List the retries in rising order, one per day at most.", cut.Find(".field-error[data-field=retryDays]").TextContent));
        Assert.Equal("7, 3", cut.Find("#retryDays").GetAttribute("value"));
    }

    [Fact]
    public async Task AStaleVersionOffersAReloadThatKeepsTheChangesAndTheNextSaveSendsTheNewVersion()
    {
        _api.On(HttpMethod.Patch, Path, () => FakeApi.Problem(412, "The record changed since you read it."));
        var cut = await OpenAsync();
        cut.Find("#suspendAfterFinalFailure").Change(true);
        cut.Find("form").Submit();
        cut.WaitForElement("button.primary[type=button]");

        _api.On(HttpMethod.Get, Path, () => FakeApi.Json(HttpStatusCode.OK, Stored, "\"4\""));
        _api.On(HttpMethod.Patch, Path, () => FakeApi.Json(HttpStatusCode.OK, Stored.Replace("\"suspendAfterFinalFailure\":false", "\"suspendAfterFinalFailure\":true"), "\"5\""));
        var reload = cut.Find("button.primary[type=button]");
        Assert.Equal("Reload, keep my changes", reload.TextContent);
        reload.Click();
        cut.WaitForAssertion(() => Assert.Equal(2, _api.Sent.Count(s => s.Method == HttpMethod.Get && s.Path == Path)));
        Assert.True(cut.Find("#suspendAfterFinalFailure").HasAttribute("checked"));
        cut.Find("form").Submit();
        cut.WaitForElement("p.ok[role=status]");

        var patches = _api.Sent.Where(s => s.Method == HttpMethod.Patch).ToList();
        Assert.Equal(["\"3\"", "\"4\""], patches.Select(p => p.IfMatch));
        Assert.Contains("\"suspendAfterFinalFailure\":true", patches[1].Body, StringComparison.Ordinal);
        Assert.Contains("\"retryDays\":[3,7,14]", patches[1].Body, StringComparison.Ordinal);
        Assert.Equal("Saved.", cut.Find("p.ok[role=status]").TextContent);
    }

    [Fact]
    public void TheFormReadsRetryDaysAndAsksForTheNoticeLead()
    {
        var form = new DunningSettingsForm { RetryDays = " 1, 5 ;9 ", NoticeDaysBefore = "", TicketAssigneeId = "12" };

        var (none, problem) = form.ToInput();
        form.NoticeDaysBefore = "0";
        var (input, _) = form.ToInput();

        Assert.Null(none);
        Assert.Equal(["noticeDaysBefore"], problem!.Errors!.Keys);
        Assert.Equal([1, 5, 9], input!.RetryDays!);
        Assert.Equal((0, 12L), (input.NoticeDaysBefore, input.TicketAssigneeId));
    }

    private async Task<IRenderedComponent<DunningSettingsPage>> OpenAsync()
    {
        await Services.GetRequiredService<AuthSession>().SignInAsync("t", "vera", "pw");
        var cut = Render<DunningSettingsPage>();
        cut.WaitForElement("#retryDays");
        return cut;
    }
}
