namespace SecurityTrax.Customers;

/// <summary>The customer-list read-model row, as the grain projects it.</summary>
public sealed record CustomerRow(
    long CustomerId,
    bool Deleted,
    string Stage,
    string DisplayName,
    string? Email,
    string[] Phones,
    string? ServiceAddress,
    string? ServiceState,
    string? SalesRepUserId,
    string[] Tags,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string SearchText)
{
    public const string Kind = "customer";

    /// <summary>What free-text search looks through: names, email, phones (with and without +1), address.</summary>
    public static string SearchTextOf(string displayName, CustomerProfile p) =>
        string.Join(' ', new[]
        {
            displayName, p.FirstName, p.LastName, p.BusinessName, p.Email,
            p.ServiceAddress?.ToString(), p.BillingAddress?.ToString(),
        }
        .Concat(p.Phones.SelectMany(ph => new[] { ph.Number, ph.Number.StartsWith("+1", StringComparison.Ordinal) ? ph.Number[2..] : null }))
        .Where(s => !string.IsNullOrWhiteSpace(s)))
        .ToLowerInvariant();
}
