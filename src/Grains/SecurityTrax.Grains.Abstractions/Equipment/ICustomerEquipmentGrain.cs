using SecurityTrax.Identity;

namespace SecurityTrax.Equipment;

/// <summary>
/// A customer's equipment and the billing claims on it: which invoice each row and the activation fee are on,
/// which invoices the customer has, and which invoice lines already became equipment. Key <c>{tenant}/{customer number}</c>.
/// </summary>
/// <remarks>
/// Invoices call this grain; it never calls an invoice, so the two can never wait on each other. Every claim
/// is keyed by invoice (and line), so asking again answers the same and a crash between two steps is repaired
/// by repeating the step.
/// </remarks>
[Alias("SecurityTrax.ICustomerEquipmentGrain")]
public interface ICustomerEquipmentGrain : ITenantGrain
{
    [Alias("List")]
    Task<EquipmentRow[]> ListAsync();

    [Alias("Add")]
    Task<EquipmentRow> AddAsync(EquipmentInput equipment);

    /// <summary>Adds every piece of a catalogue package at once.</summary>
    [Alias("AddPackage")]
    Task<EquipmentRow[]> AddPackageAsync(int packageId, string? soldByUserId);

    [Alias("Update")]
    Task<EquipmentRow> UpdateAsync(int rowId, EquipmentInput equipment, int expectedVersion);

    [Alias("Remove")]
    Task RemoveAsync(int rowId, int expectedVersion);

    /// <summary>Records that an invoice, quote or credit memo was written for this customer.</summary>
    [Alias("AttachInvoice")]
    Task AttachInvoiceAsync(long invoiceId);

    [Alias("InvoiceIds")]
    Task<long[]> InvoiceIdsAsync();

    /// <summary>Puts every unpaid row that is on no invoice on this one; returns all rows on this invoice.</summary>
    [Alias("ReserveUnpaid")]
    Task<EquipmentRow[]> ReserveUnpaidAsync(long invoiceId);

    /// <summary>Puts the activation fee on this invoice unless it is paid, zero, or on another invoice.</summary>
    [Alias("ClaimActivationFee")]
    Task<ActivationFeeClaim> ClaimActivationFeeAsync(long invoiceId);

    /// <summary>The invoice the activation fee is on (claimed, and not voided or deleted since); null when it is on none.</summary>
    [Alias("ActivationFeeInvoice")]
    Task<long?> ActivationFeeInvoiceAsync();

    /// <summary>Takes rows (and the activation fee) off an invoice that dropped them; claims of other invoices stay.</summary>
    [Alias("Release")]
    Task ReleaseAsync(long invoiceId, int[] rowIds, bool activationFee);

    /// <summary>Adds a row per invoice line not brought over before; returns the rows added by this call.</summary>
    [Alias("AddInvoiced")]
    Task<EquipmentRow[]> AddInvoicedAsync(long invoiceId, InvoicedEquipment[] lines);

    /// <summary>"{invoice}:{line}" of every invoice line that already became an equipment row.</summary>
    [Alias("ConvertedLines")]
    Task<string[]> ConvertedLinesAsync();
}
