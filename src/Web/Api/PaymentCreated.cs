namespace SecurityTrax.Web.Api;

/// <summary>What the console reads of a payment it recorded.</summary>
public sealed record PaymentCreated(long Id, decimal Amount, string Status);
