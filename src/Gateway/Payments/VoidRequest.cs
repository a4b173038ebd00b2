namespace SecurityTrax.Gateway.Payments;

/// <summary>Voids a payment; the optional <c>reason</c> is kept as the payment's reason and in its log.</summary>
public sealed record VoidRequest(string? Reason);
