using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Customers;

/// <summary>Every contact id of the customer, highest priority first.</summary>
public sealed record ReorderContactsRequest([property: Required] int[]? ContactIds);
