using SecurityTrax.Invoices.Printing;

namespace SecurityTrax.Grains.Tests.Invoices.Printing;

/// <summary>Documents to print in tests.</summary>
internal static class SampleInvoices
{
    public static readonly PrintableParty Company = new("Front Range Alarm Co.", ["1200 Larimer St, Suite 4", "Denver, CO 80204"], "(303) 555-0142");

    public static readonly PrintableParty Customer = new("Ada Lovelace", ["12 Analytical Way", "Boulder, CO 80302"], "(720) 555-0199");

    /// <summary>An invoice of three lines whose grand total is $1,234.56, with $234.56 paid.</summary>
    public static PrintableInvoice Invoice() => new(
        PrintableDocumentKind.Invoice,
        "5311",
        Company,
        Customer,
        new DateOnly(2026, 11, 26),
        new DateOnly(2026, 12, 26),
        "Net 30",
        "PO-7781",
        [
            new PrintableInvoiceLine(1, "Alarm panel installation", 600.00m, 600.00m, 0),
            new PrintableInvoiceLine(4, "Door/window contact sensor", 75.00m, 300.00m, 8.375m),
            new PrintableInvoiceLine(2.5m, "Technician labor (hours)", 115.00m, 287.50m, 0),
        ],
        1_187.50m,
        47.06m,
        1_234.56m,
        234.56m,
        1_000.00m,
        "Thank you for choosing Front Range Alarm.\nMonitoring starts the day after installation.");

    /// <summary>An invoice with <paramref name="count"/> lines, each described by a unique token <c>Sensor-001</c>, <c>Sensor-002</c>, ….</summary>
    public static PrintableInvoice WithLines(int count) => Invoice() with
    {
        Lines = [.. Enumerable.Range(1, count).Select(i => new PrintableInvoiceLine(1, $"{Token(i)} motion detector, pet immune, zone {i}", 10m, 10m, 0))],
        SubTotal = count * 10m,
        TaxTotal = 0,
        GrandTotal = count * 10m,
        Paid = 0,
        Due = count * 10m,
    };

    public static string Token(int i) => $"Sensor-{i:000}";
}
