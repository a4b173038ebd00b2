namespace SecurityTrax.Web.Api;

/// <summary><c>PATCH /api/v1/payments/{id}</c>: a payment not yet processed; an empty member clears it.</summary>
public sealed record PaymentEdit(string Reference, string Note, string PostingDate);
