using SecurityTrax.Equipment;
using SecurityTrax.Identity;

namespace SecurityTrax.Invoices;

/// <summary>One invoice, quote or credit memo of a lead or customer; key <c>{tenant}/{number}</c>.</summary>
/// <remarks>
/// Replacing writes carry the version the person saw; adding a line and the buttons do not, and pressing a
/// button twice adds nothing the second time. Cross-grain steps (equipment, activation fee, credit memos,
/// quote → invoice) are keyed by this invoice's number and line or operation ids, so repeating a step after a
/// crash neither duplicates nor loses a line or an amount.
/// </remarks>
[Alias("SecurityTrax.IInvoiceGrain")]
public interface IInvoiceGrain : ITenantGrain
{
    [Alias("Create")]
    Task<InvoiceDetails> CreateAsync(long customerId, InvoiceType type, InvoiceHeader header, InvoiceLineInput[] lines);

    [Alias("Get")]
    Task<InvoiceDetails> GetAsync();

    /// <summary>The invoice with the company's name and the terms in words, for printing and e-mail.</summary>
    [Alias("GetPrintout")]
    Task<InvoicePrintout> GetPrintoutAsync();

    [Alias("UpdateHeader")]
    Task<InvoiceDetails> UpdateHeaderAsync(InvoiceHeader header, int expectedVersion);

    [Alias("AddLine")]
    Task<InvoiceDetails> AddLineAsync(InvoiceLineInput line, int? expectedVersion = null);

    [Alias("UpdateLine")]
    Task<InvoiceDetails> UpdateLineAsync(int lineId, InvoiceLineInput line, int expectedVersion);

    /// <summary>Removes a line for good; equipment or an activation fee it billed can go on another invoice again.</summary>
    [Alias("RemoveLine")]
    Task<InvoiceDetails> RemoveLineAsync(int lineId, int expectedVersion);

    /// <summary>Adds every equipment row of the customer that is not paid and on no other invoice.</summary>
    [Alias("AddUnpaidEquipment")]
    Task<LinesAdded> AddUnpaidEquipmentAsync(int? expectedVersion = null);

    /// <summary>Adds the customer's activation fee unless it is paid or on another invoice.</summary>
    [Alias("AddActivationFee")]
    Task<LinesAdded> AddActivationFeeAsync(int? expectedVersion = null);

    /// <summary>Adds the customer's monthly monitoring rate, once per invoice.</summary>
    [Alias("AddMonitoring")]
    Task<LinesAdded> AddMonitoringAsync(int? expectedVersion = null);

    /// <summary>Makes an invoice (number <paramref name="invoiceId"/>, unless the quote was converted already) from this quote.</summary>
    [Alias("ConvertQuote")]
    Task<InvoiceDetails> ConvertQuoteAsync(long invoiceId, int expectedVersion);

    /// <summary>Creates this invoice from a quote; repeating it returns the invoice as it is.</summary>
    [Alias("CreateFromQuote")]
    Task<InvoiceDetails> CreateFromQuoteAsync(QuoteCopy quote);

    /// <summary>Creates this invoice for one occurrence of a recurring invoice; repeating it returns the invoice as it is.</summary>
    [Alias("CreateFromRecurring")]
    Task<InvoiceDetails> CreateFromRecurringAsync(RecurringCopy copy);

    /// <summary>Brings equipment lines not brought over before onto the customer's equipment; returns the rows added.</summary>
    [Alias("ConvertEquipment")]
    Task<EquipmentRow[]> ConvertEquipmentAsync();

    /// <summary>Applies credit from a credit memo; <paramref name="applicationId"/> makes a repeat change nothing.</summary>
    [Alias("ApplyCreditMemo")]
    Task<InvoiceDetails> ApplyCreditMemoAsync(string applicationId, long creditMemoId, decimal amount, int? expectedVersion = null);

    /// <summary>On a credit memo: gives <paramref name="amount"/> of its credit to an invoice, once per <paramref name="applicationId"/>.</summary>
    [Alias("DrawCredit")]
    Task DrawCreditAsync(string applicationId, long invoiceId, decimal amount);

    /// <summary>Deletes an invoice to which nothing was ever applied; otherwise it must be voided.</summary>
    [Alias("Delete")]
    Task DeleteAsync(int expectedVersion);

    /// <summary>Keeps the invoice, marked void and no longer due.</summary>
    [Alias("Void")]
    Task<InvoiceDetails> VoidAsync(int expectedVersion);
}
