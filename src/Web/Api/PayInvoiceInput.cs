namespace SecurityTrax.Web.Api;

/// <summary><c>POST /api/v1/invoices/{id}/pay</c> for money received: manual kind cash, check or other.</summary>
public sealed record PayInvoiceInput(decimal? Amount, string ManualKind, string? Reference, string? Note);
