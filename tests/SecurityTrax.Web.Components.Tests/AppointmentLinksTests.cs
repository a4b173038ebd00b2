using Bunit;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Forms.Scheduling;
using SecurityTrax.Web.Pages.Record.Scheduling;

namespace SecurityTrax.Web.Components.Tests;

/// <summary>The booking form offers the customer's open tickets and invoices, keeps links the lists lack, and places errors by invoice.</summary>
public sealed class AppointmentLinksTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 16, 0, 0, TimeSpan.Zero);

    private static readonly LinkChoices Choices = new(
        [new NoteSummary(12, 4, "Ann Lee", "Service", "Zone 3 fault", "1", true, "2", "high", "in_progress", null, Now, Now)],
        [
            new InvoiceSummary(5311, "invoice", "open", false, "2026-11-02", "2026-11-02", 120m, 120m, null),
            new InvoiceSummary(5312, "invoice", "paid", false, "2026-10-02", "2026-10-02", 39.95m, 0m, 77),
        ]);

    [Fact]
    public void TheOpenTicketsAndInvoicesAreOfferedAndLinksTheListsLackAreKept()
    {
        var form = new AppointmentForm { TicketId = "7", InvoiceIds = [5312, 900] };

        var cut = Render<AppointmentLinks>(p => p.Add(c => c.Form, form).Add(c => c.Choices, Choices));

        Assert.Equal(["No ticket", "Ticket 12: Zone 3 fault (in progress)", "Ticket 7"], cut.FindAll("#ticketId option").Select(o => o.TextContent));
        Assert.Equal(
            ["Invoice 5311, 2026-11-02, 120.00 (open)", "Invoice 5312, 2026-10-02, 39.95 (paid)", "Invoice 900"],
            cut.FindAll(".invoice-links label").Select(l => l.TextContent));
        Assert.Equal([false, true, true], cut.FindAll(".invoice-links input[type=checkbox]").Select(i => i.HasAttribute("checked")));
    }

    [Fact]
    public void ChoosingATicketAndTickingInvoicesChangesTheForm()
    {
        var form = new AppointmentForm { InvoiceIds = [5312] };
        var cut = Render<AppointmentLinks>(p => p.Add(c => c.Form, form).Add(c => c.Choices, Choices));

        cut.Find("#ticketId").Change("12");
        cut.Find("#invoice-5311").Change(true);
        cut.Find("#invoice-5312").Change(false);

        Assert.Equal("12", form.TicketId);
        Assert.Equal([5311], form.InvoiceIds!);
    }

    [Fact]
    public void AnInvoicesErrorSitsNextToItsOwnCheckbox()
    {
        var form = new AppointmentForm { InvoiceIds = [5311, 900] };
        var problem = new Problem(null, "Some fields need a look.", 400, null, new Dictionary<string, string[]> { ["invoiceIds[1]"] = ["Invoice 900 is not this customer's."] });

        var cut = Render<AppointmentLinks>(p => p.Add(c => c.Form, form).Add(c => c.Choices, Choices).Add(c => c.Problem, problem));

        var error = cut.Find(".field-error[data-field='invoiceIds[1]']");
        Assert.Equal("Invoice 900 is not this customer's.", error.TextContent);
        Assert.Equal("invoice-900", error.ParentElement!.QuerySelector("input")!.Id);
    }

    [Fact]
    public void WithoutTheListGrantsTheTicketIsTypedAndLinkedInvoicesAreNamed()
    {
        var form = new AppointmentForm { TicketId = "7", InvoiceIds = [5312] };

        var cut = Render<AppointmentLinks>(p => p.Add(c => c.Form, form).Add(c => c.Choices, new LinkChoices(null, null)));

        Assert.Equal("7", cut.Find("input#ticketId").GetAttribute("value"));
        Assert.Equal("Linked: invoice 5312.", cut.Find(".invoice-links p").TextContent);
        Assert.Empty(cut.FindAll(".invoice-links input"));
    }
}
