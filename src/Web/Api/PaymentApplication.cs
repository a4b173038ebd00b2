using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>Part of a payment applied to an invoice; the id may turn from text into a number, so it reads either.</summary>
public sealed record PaymentApplication([property: JsonConverter(typeof(IdText))] string Id, long InvoiceId, decimal Amount, DateTimeOffset AppliedAt);
