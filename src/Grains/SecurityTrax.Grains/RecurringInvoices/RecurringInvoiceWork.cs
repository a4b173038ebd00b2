using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>The parts a recurring invoice is made of, composed once per activation; each is a plain class the grain owns.</summary>
public sealed class RecurringInvoiceWork
{
    public RecurringInvoiceWork(Grain owner, RecurringInvoiceLedger ledger, BillingThrottle throttle, Action sleep)
    {
        Ledger = ledger;
        Charging = new RecurringInvoiceCharging(ledger);
        OneTime = new RecurringOneTimeMarks(ledger);
        Making = new RecurringInvoiceMaking(ledger, Charging, new RecurringOneTimePress(ledger));
        Runner = new RecurringInvoiceRunner(owner, ledger, throttle, Making, sleep);
        Life = new RecurringInvoiceLife(ledger, Making, Runner);
        Template = new RecurringTemplateButtons(ledger);
    }

    public RecurringInvoiceLedger Ledger { get; }

    public RecurringInvoiceCharging Charging { get; }

    public RecurringInvoiceMaking Making { get; }

    public RecurringInvoiceRunner Runner { get; }

    public RecurringInvoiceLife Life { get; }

    public RecurringTemplateButtons Template { get; }

    public RecurringOneTimeMarks OneTime { get; }

    /// <summary>The parts, once the acting caller holds <c>recurring_invoices.{action}</c> (automatic charges are set up, resumed and ended here).</summary>
    public RecurringInvoiceWork Holding(string action)
    {
        CallerGrants.Require(Ledger.Tenant, Grants.For("recurring_invoices", action));
        return this;
    }
}
