using System.Text.Json.Nodes;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Example bodies of the main requests by operation name, as a new client would first send them.</summary>
public static class RequestExamples
{
    public static readonly IReadOnlyDictionary<string, string> Bodies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SignIn"] = """{"tenant":"acme-alarm","userName":"admin","password":"correct horse battery staple"}""",
        ["CreateCustomer"] = """
            {"stage":"lead","firstName":"Ann","lastName":"Lee",
             "serviceAddress":{"line1":"1200 Elm Street","city":"Denver","state":"CO","zip":"80202"},
             "phones":[{"kind":"mobile","number":"3035550142"}],"email":"ann.lee@example.com",
             "activationFee":99.00,"monthlyMonitoringRate":39.99}
            """,
        ["CreateInvoice"] = """
            {"type":"invoice","saleDate":"2026-03-01","term":"net30","poNumber":"PO-7781",
             "lines":[{"itemId":101,"quantity":1},{"itemId":205,"quantity":1.5,"description":"Install labour","unitPrice":85.00}]}
            """,
        ["CreatePayment"] = """
            {"type":"sale","amount":120.00,"manualKind":"check","reference":"Check 1042",
             "applications":[{"invoiceId":5311,"amount":120.00}]}
            """,
        ["RefundPayment"] = """{"amount":25.00,"reason":"Duplicate monitoring charge"}""",
    };

    public static JsonNode? For(string? operationName) =>
        operationName is not null && Bodies.TryGetValue(operationName, out var body) ? JsonNode.Parse(body) : null;
}
