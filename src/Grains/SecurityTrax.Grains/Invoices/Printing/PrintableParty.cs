namespace SecurityTrax.Invoices.Printing;

/// <summary>A name with its postal address lines (already formatted, in order) and an optional phone number.</summary>
public sealed record PrintableParty(string Name, IReadOnlyList<string> AddressLines, string? Phone = null);
