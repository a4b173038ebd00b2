using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>Replaces sale date (yyyy-MM-dd), term, PO number and note; fields left out are cleared (term: due on receipt).</summary>
public sealed record InvoiceHeaderRequest(string? SaleDate, PaymentTerm? Term, string? PoNumber, string? Note)
{
    /// <summary>Members of the representation a client read and sends back; accepted only unchanged (<see cref="Http.ReadOnlyMembers"/>).</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Echoed { get; init; }
}

