namespace SecurityTrax.Portal;

/// <summary>A new pay link with its token: the only time the token is ever answered.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.IssuedPayLink")]
public sealed record IssuedPayLink(
    [property: Id(0)] PayLinkDetails Link,
    [property: Id(1)] string Token);
