namespace SecurityTrax.Gateway.Tests.SecuritySuite;

/// <summary>
/// The routes of the OpenAPI document that no staff token opens: anonymous, or keyed by something of their own. The
/// cross-company and missing-grant suites skip exactly these, each with its reason; every other route is walked.
/// </summary>
public static class OwnKeyRoutes
{
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET /healthz"] = "anonymous liveness probe; names no company",
        ["GET /readyz"] = "anonymous readiness probe; names no company",
        ["POST /api/v1/auth/token"] = "sign-in: the company is in the body and the password is the key",
        ["POST /api/v1/auth/refresh"] = "sign-in: the refresh token is the key",
        ["POST /api/v1/auth/logout"] = "sign-in: the refresh token is the key",
        ["POST /api/v1/platform/tenants"] = "operator: X-Operator-Key, no company token",
        ["GET /api/v1/platform/tenants"] = "operator: X-Operator-Key, no company token",
        ["GET /api/v1/platform/credit-bureau-requests"] = "operator: X-Operator-Key, no company token",
        ["POST /api/v1/platform/credit-bureau-requests/{tenant}/{requestId}/approve"] = "operator: X-Operator-Key, no company token",
        ["POST /api/v1/platform/credit-bureau-requests/{tenant}/{requestId}/refuse"] = "operator: X-Operator-Key, no company token",
        ["POST /webhooks/stripe/{tenant}"] = "webhook: the provider's signature with the company's secret is the key",
        ["POST /webhooks/twilio/{tenant}/status"] = "webhook: the provider's signature with the company's secret is the key",
        ["POST /webhooks/twilio/{tenant}/inbound"] = "webhook: the provider's signature with the company's secret is the key",
        ["GET /api/v1/portal/{company}/{token}"] = "customer portal: the pay link's token is the key",
        ["GET /api/v1/portal/{company}/{token}/logo"] = "customer portal: the pay link's token is the key",
        ["GET /api/v1/portal/{company}/{token}/invoices/{invoiceId}/pdf"] = "customer portal: the pay link's token is the key",
        ["GET /api/v1/portal/{company}/{token}/payments/{paymentId}"] = "customer portal: the pay link's token is the key",
        ["POST /api/v1/portal/{company}/{token}/setup"] = "customer portal: the pay link's token is the key",
        ["POST /api/v1/portal/{company}/{token}/payments"] = "customer portal: the pay link's token is the key",
        ["POST /api/v1/portal/{company}/codes"] = "customer portal sign-in: the customer's address and a one-time code",
        ["POST /api/v1/portal/{company}/sessions"] = "customer portal sign-in: the customer's address and a one-time code",
        ["GET /api/v1/technicians/{userId}/calendar.ics"] = "calendar feed: the link's signature is the key",
    };

    public static bool Contains(string route) => Routes.ContainsKey(route);
}
