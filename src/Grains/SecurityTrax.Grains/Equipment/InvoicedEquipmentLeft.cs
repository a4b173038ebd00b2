using System.Globalization;
using SecurityTrax.Catalog;
using SecurityTrax.Invoices;

namespace SecurityTrax.Equipment;

/// <summary>
/// Which equipment lines "Add invoiced equipment" would still bring over: the same lines the invoice hands over
/// (equipment typed by hand on a live invoice), less those the customer's markers say became rows already.
/// </summary>
public static class InvoicedEquipmentLeft
{
    public static int Count(IEnumerable<InvoiceDetails> invoices, IReadOnlySet<string> converted) =>
        invoices
            .Where(i => i.Type == InvoiceType.Invoice && i.Status != InvoiceStatus.Void)
            .Sum(i => i.Lines.Count(l => l.Kind == BillableItemKind.Equipment && l.Source == LineSource.Manual && !converted.Contains(Marker(i.Id, l.Id))));

    /// <summary>The customer's marker of a converted line, as <see cref="EquipmentList.AddInvoiced"/> writes it.</summary>
    public static string Marker(long invoiceId, int lineId) =>
        $"{invoiceId.ToString(CultureInfo.InvariantCulture)}:{lineId.ToString(CultureInfo.InvariantCulture)}";
}
