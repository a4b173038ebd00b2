using SecurityTrax.Web.Api;
using SecurityTrax.Web.Pages.Settings;

namespace SecurityTrax.Web.Components.Tests;

public sealed class SettingsAreaTests
{
    [Fact]
    public void OnlyTheScreensTheGrantsOpenAreOffered()
    {
        var me = new Me("t", "7", "vera", "Desk", ["users.view", "catalog.view", "customers.view", "settings.integrations"]);

        Assert.Equal(["users", "catalog", "integrations"], SettingsArea.For(me).Select(a => a.Key));
        Assert.Empty(SettingsArea.For(me with { Grants = ["customers.view"] }));
        Assert.Empty(SettingsArea.For(null));
    }
}
