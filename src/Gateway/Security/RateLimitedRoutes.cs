using System.Collections.Frozen;

namespace SecurityTrax.Gateway.Security;

/// <summary>The expensive routes, by operation name, and the limit group each counts against (issue 22, point 12).</summary>
/// <remarks>
/// One table rather than a line in each feature's API file: what is limited is read in one place, and a test checks
/// that every name here still names an endpoint.
/// </remarks>
public static class RateLimitedRoutes
{
    public const string Search = "search";
    public const string Pdf = "pdf";
    public const string Campaigns = "campaigns";
    public const string CreditReports = "credit-reports";
    public const string Uploads = "uploads";

    public static readonly FrozenDictionary<string, string> GroupByOperation = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ListCustomers"] = Search,
        ["GetInvoicePdf"] = Pdf,
        ["PrintInvoice"] = Pdf,
        ["PrintInvoices"] = Pdf,
        ["GetInvoicePrintout"] = Pdf,
        ["CreateCampaign"] = Campaigns,
        ["PreviewTemplate"] = Campaigns,
        ["RunCreditReport"] = CreditReports,
        ["UploadFiles"] = Uploads,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Groups => GroupByOperation.Values.Distinct();
}
