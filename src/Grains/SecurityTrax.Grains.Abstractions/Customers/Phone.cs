namespace SecurityTrax.Customers;

/// <summary>A phone number in E.164 form (+13035551234) with what kind of line it is.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.Phone")]
public sealed record Phone(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Number);
