using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Web.Api.Scheduling;
using SecurityTrax.Web.Forms.Scheduling;
using SecurityTrax.Web.Pages.Record.Scheduling;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>An appointment offers only the status moves the API allows from its status; cancelling needs schedule.delete.</summary>
public sealed class AppointmentActionsTests : BunitContext
{
    public AppointmentActionsTests()
    {
        Services.AddSingleton(new HttpClient { BaseAddress = new Uri("http://console.test/") });
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<TokenStore>();
        Services.AddSingleton<AuthSession>();
        Services.AddSingleton<ApiClient>();
    }

    [Theory]
    [InlineData("scheduled", "Dispatch|Cancel appointment|No-show|Reschedule")]
    [InlineData("dispatched", "En route|Back to scheduled|Cancel appointment|No-show|Reschedule")]
    [InlineData("en_route", "On site|Cancel appointment|No-show")]
    [InlineData("on_site", "Complete|Cancel appointment")]
    [InlineData("completed", "")]
    [InlineData("cancelled", "")]
    [InlineData("no_show", "")]
    public void OnlyTheAllowedNextStatesAreOffered(string status, string buttons)
    {
        var cut = Render(status, canDelete: true);

        Assert.Equal(buttons, string.Join("|", cut.FindAll("button").Select(b => b.TextContent)));
    }

    [Fact]
    public void WithoutTheDeleteGrantThereIsNoCancelButton()
    {
        var cut = Render("scheduled", canDelete: false);

        Assert.Equal("Dispatch|No-show|Reschedule", string.Join("|", cut.FindAll("button").Select(b => b.TextContent)));
    }

    [Fact]
    public void CancellingAsksForAReasonBeforeAnythingIsSent()
    {
        var cut = Render("scheduled", canDelete: true);

        cut.Find("button[aria-label='Cancel appointment (appointment 4)']").Click();
        cut.Find("button.danger").Click();

        Assert.Equal("Say why it is cancelled.", cut.Find("span.field-error").TextContent);
        Assert.Equal("Reason for cancelling", cut.Find("label[for='cancel-reason-4']").TextContent);
    }

    private IRenderedComponent<AppointmentActions> Render(string status, bool canDelete)
    {
        var start = new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero);
        var appointment = new Appointment(4, 9, "Cy", "service", start, start.AddHours(1), false, [2], null, null, null, [], status, null);
        return Render<AppointmentActions>(p => p.Add(c => c.Appointment, appointment).Add(c => c.ETag, "\"3\"").Add(c => c.CanDelete, canDelete));
    }
}
