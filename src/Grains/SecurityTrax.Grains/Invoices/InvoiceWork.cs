using Microsoft.Extensions.Logging;
using SecurityTrax.Identity;

namespace SecurityTrax.Invoices;

/// <summary>The parts an invoice is made of, composed once per activation; each is a plain class the grain owns.</summary>
public sealed class InvoiceWork
{
    public InvoiceWork(Grain grain, InvoiceRecords records, ILogger logger)
    {
        Records = records;
        GiveBack = new InvoiceGiveBack(records, logger, grain.GetPrimaryKeyString());
        Returning = new InvoiceReturning(grain, records, logger);
        Drafting = new InvoiceDrafting(records);
        Making = new InvoiceMaking(records, Drafting);
        Lines = new InvoiceLineEditing(records, Drafting, GiveBack);
        Closing = new InvoiceClosing(records, GiveBack, Returning);
        Holds = new InvoiceHoldBook(records);
        Applying = new InvoiceApplying(records, Holds);
    }

    public InvoiceRecords Records { get; }

    /// <summary>Equipment claims the invoice no longer bills, given back after its save.</summary>
    public InvoiceGiveBack GiveBack { get; }

    /// <summary>Money a void took off, given back to its payments and credit memos.</summary>
    public InvoiceReturning Returning { get; }

    public InvoiceDrafting Drafting { get; }

    public InvoiceMaking Making { get; }

    public InvoiceLineEditing Lines { get; }

    public InvoiceClosing Closing { get; }

    public InvoiceHoldBook Holds { get; }

    public InvoiceApplying Applying { get; }

    /// <summary>The parts, once the acting caller holds <c>invoices.{action}</c> (checked in the silo as well as at the gateway).</summary>
    public InvoiceWork Holding(string action)
    {
        CallerGrants.Require(Records.Tenant, Grants.For("invoices", action));
        return this;
    }
}
