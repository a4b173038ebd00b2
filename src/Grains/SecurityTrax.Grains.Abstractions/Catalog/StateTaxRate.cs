namespace SecurityTrax.Catalog;

/// <summary>The sales tax rate of one state, in percent with up to three decimals (8.375).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.StateTaxRate")]
public sealed record StateTaxRate(
    [property: Id(0)] string State,
    [property: Id(1)] decimal Rate,
    [property: Id(2)] int Version);
