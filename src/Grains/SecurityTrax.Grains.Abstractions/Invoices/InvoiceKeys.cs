using System.Globalization;

namespace SecurityTrax.Invoices;

/// <summary>Invoices, quotes and credit memos share one number sequence; an invoice grain's id is its number.</summary>
public static class InvoiceKeys
{
    public const string Sequence = Sequences.SequenceKinds.Invoice;

    public static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);
}
