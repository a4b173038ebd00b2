namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// Operations that answer 404 when an id in their body names nothing (their handler looks the record up as a
/// resource), by endpoint name, with which ids. Most body ids answer 400 naming the field instead, which the derived
/// 400 already covers; these are the exceptions, traced by a test that sends an unknown id to each.
/// </summary>
public static class BodyReferenceOperations
{
    public static readonly IReadOnlyDictionary<string, string> NotFound = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CreatePayment"] = "No such customer, or `billingMethodId` names no billing method of the customer.",
        ["PayInvoice"] = "No such invoice, or `billingMethodId` names no billing method of its customer.",
    };
}
