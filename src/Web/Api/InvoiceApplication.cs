using System.Text.Json.Serialization;

namespace SecurityTrax.Web.Api;

/// <summary>Money applied to an invoice: <see cref="Kind"/> <c>payment</c> or <c>credit_memo</c>, from <see cref="OtherId"/>.</summary>
public sealed record InvoiceApplication([property: JsonConverter(typeof(IdText))] string Id, string Kind, long OtherId, decimal Amount, DateTimeOffset AppliedAt);
