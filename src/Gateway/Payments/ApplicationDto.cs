using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Payments;

/// <summary>An amount of a payment for an invoice.</summary>
public sealed record ApplicationDto([property: Required] long? InvoiceId, [property: Required] decimal? Amount);
