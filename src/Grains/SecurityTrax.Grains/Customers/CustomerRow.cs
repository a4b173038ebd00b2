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
    string SearchText,
    bool PastDue = false,
    bool Suspended = false)
{
    public const string Kind = "customer";

    public static CustomerRow From(CustomerState state, long number)
    {
        var p = state.Profile!;
        var name = CustomerRules.DisplayName(p);
        return new CustomerRow(
            number, state.Deleted, StageName(state.Stage), name, p.Email, [.. p.Phones.Select(ph => ph.Number)],
            p.ServiceAddress?.ToString(), p.ServiceAddress?.State, p.SalesRepUserId, [.. state.Tags],
            state.CreatedAt, state.UpdatedAt, SearchTextOf(name, p), state.PastDue, state.Suspended);
    }

    public static string StageName(CustomerStage stage) => stage.ToString().ToLowerInvariant();

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
