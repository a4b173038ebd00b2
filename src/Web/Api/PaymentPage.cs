namespace SecurityTrax.Web.Api;

/// <summary>A page of payments, newest first.</summary>
public sealed record PaymentPage(PaymentSummary[] Items, string? NextCursor);
