using SecurityTrax.Web.Api.Settings;
using SecurityTrax.Web.Forms.Settings;

namespace SecurityTrax.Web.Components.Tests;

public sealed class GrantAreasTests
{
    private static readonly GrantCatalog Catalog = new(
        ["customers", "recurring_invoices", "payments"],
        ["view", "create", "modify", "delete"],
        ["payments.process", "campaigns.run", "payments.issue_credit"]);

    [Fact]
    public void EachResourceIsAnAreaWithItsFourActionsAndTheSpecialGrantsOfThatArea()
    {
        var areas = GrantAreas.From(Catalog);

        Assert.Equal(["Customers", "Recurring invoices", "Payments", "Campaigns"], areas.Select(a => a.Label));
        Assert.Equal(
            ["payments.view", "payments.create", "payments.modify", "payments.delete", "payments.process", "payments.issue_credit"],
            areas[2].Choices.Select(c => c.Grant));
        Assert.Equal(["view", "create", "modify", "delete", "process", "issue credit"], areas[2].Choices.Select(c => c.Label));
        Assert.Equal([new GrantChoice("campaigns.run", "run")], areas[3].Choices);
    }

    [Fact]
    public void ChosenGrantsAreSentInTheChecklistsOrderWhateverOrderTheyWereTicked()
    {
        var areas = GrantAreas.From(Catalog);

        var ordered = GrantAreas.Ordered(areas, new HashSet<string> { "campaigns.run", "payments.process", "customers.view", "recurring_invoices.delete" });

        Assert.Equal(["customers.view", "recurring_invoices.delete", "payments.process", "campaigns.run"], ordered);
    }
}
