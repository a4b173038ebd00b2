namespace SecurityTrax.Gateway.Payments;

/// <summary>Refunds <c>amount</c> (all that is refundable when left out).</summary>
public sealed record RefundRequest(decimal? Amount, string? Reason);
