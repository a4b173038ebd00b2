namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/payments/{id}/void</c>; the reason is kept on the payment and in its log.</summary>
public sealed record VoidInput(string? Reason);
