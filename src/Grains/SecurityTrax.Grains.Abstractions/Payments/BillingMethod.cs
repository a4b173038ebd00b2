namespace SecurityTrax.Payments;

/// <summary>A saved billing method: display data only; the card or account itself stays with the processor.</summary>
/// <remarks><see cref="Version"/> is the version of the customer's billing methods as a whole (their ETag).</remarks>
[GenerateSerializer, Immutable, Alias("SecurityTrax.BillingMethod")]
public sealed record BillingMethod(
    [property: Id(0)] string Id,
    [property: Id(1)] BillingMethodKind Kind,
    [property: Id(2)] string? Brand,
    [property: Id(3)] string? Last4,
    [property: Id(4)] int? ExpMonth,
    [property: Id(5)] int? ExpYear,
    [property: Id(6)] string? Label,
    [property: Id(7)] bool IsDefault,
    [property: Id(8)] string? Processor,
    [property: Id(9)] DateTimeOffset AddedAt,
    [property: Id(10)] int Version = 0)
{
    /// <summary>"Visa ending 4242", "Bank ending 6789", "Manual billing".</summary>
    public string Display => Kind == BillingMethodKind.Manual
        ? Label ?? "Manual billing"
        : $"{BrandName} ending {Last4}";

    private string BrandName => Brand switch
    {
        null or "" => Kind == BillingMethodKind.Card ? "Card" : "Bank",
        "amex" => "American Express",
        _ when Kind == BillingMethodKind.Card => char.ToUpperInvariant(Brand[0]) + Brand[1..],
        _ => Brand,
    };
}
