using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>Applies <see cref="Amount"/> of a credit memo's credit to the invoice.</summary>
public sealed record ApplyCreditRequest([property: Required] long? CreditMemoId, [property: Required] decimal? Amount);
