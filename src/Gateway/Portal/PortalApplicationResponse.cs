namespace SecurityTrax.Gateway.Portal;

/// <summary>What a portal payment paid on one invoice.</summary>
public sealed record PortalApplicationResponse(long InvoiceId, decimal Amount);
