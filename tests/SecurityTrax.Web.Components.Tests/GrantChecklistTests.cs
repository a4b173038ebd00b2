using Bunit;
using SecurityTrax.Web.Api.Settings;
using SecurityTrax.Web.Forms.Settings;
using SecurityTrax.Web.Pages.Settings;

namespace SecurityTrax.Web.Components.Tests;

public sealed class GrantChecklistTests : BunitContext
{
    private static readonly IReadOnlyList<GrantArea> Areas = GrantAreas.From(new GrantCatalog(["customers", "payments"], ["view", "modify"], ["payments.process"]));

    [Fact]
    public void EveryAreaIsAGroupWhoseCheckboxesNameTheAreaAndShowWhatIsChosen()
    {
        var cut = Render<GrantChecklist>(p => p.Add(c => c.Areas, Areas).Add(c => c.Chosen, new HashSet<string> { "payments.process" }));

        Assert.Equal(["Customers", "Payments"], cut.FindAll("fieldset legend").Select(l => l.TextContent));
        Assert.Equal(
            ["Customers view", "Customers modify", "Payments view", "Payments modify", "Payments process"],
            cut.FindAll("label").Select(l => l.TextContent));
        Assert.Equal(["payments.process"], cut.FindAll("input:checked").Select(i => i.GetAttribute("data-grant")));
        Assert.All(cut.FindAll("input"), i => Assert.NotNull(cut.Find($"label[for='{i.Id}']")));
    }

    [Fact]
    public void TickingAndUntickingChangesTheChosenGrantsAndTellsTheForm()
    {
        var chosen = new HashSet<string> { "customers.view" };
        var told = 0;
        var cut = Render<GrantChecklist>(p => p.Add(c => c.Areas, Areas).Add(c => c.Chosen, chosen).Add(c => c.ChosenChanged, () => told++));

        cut.Find("#grant-payments-modify").Change(true);
        cut.Find("#grant-customers-view").Change(false);

        Assert.Equal(["payments.modify"], chosen);
        Assert.Equal(2, told);
    }

    [Fact]
    public void ADisabledChecklistDisablesEveryGroup()
    {
        var cut = Render<GrantChecklist>(p => p.Add(c => c.Areas, Areas).Add(c => c.Chosen, []).Add(c => c.Disabled, true));

        Assert.All(cut.FindAll("fieldset"), f => Assert.True(f.HasAttribute("disabled")));
    }
}
