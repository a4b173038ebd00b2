namespace SecurityTrax.Web.Api;

/// <summary>Every contact id of the customer, highest priority first.</summary>
public sealed record ContactOrder(int[] ContactIds);
