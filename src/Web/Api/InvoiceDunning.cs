namespace SecurityTrax.Web.Api;

/// <summary>The <c>dunning</c> of an invoice: a failed automatic charge being retried (<c>active</c>), or how that ended.</summary>
public sealed record InvoiceDunning(string Status, int Attempts, string? NextRetryOn, string? LastResult);
