namespace SecurityTrax.Web.Api;

/// <summary><c>POST /api/v1/payments/{id}/refunds</c>: the amount (all that is refundable when null) and why.</summary>
public sealed record RefundInput(decimal? Amount, string? Reason);
