namespace SecurityTrax.Customers;

/// <summary>A US postal address; <see cref="State"/> is the two-letter code (it drives sales tax).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.Address")]
public sealed record Address(
    [property: Id(0)] string Line1,
    [property: Id(1)] string? Line2,
    [property: Id(2)] string City,
    [property: Id(3)] string State,
    [property: Id(4)] string Zip)
{
    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, City, $"{State} {Zip}" }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
