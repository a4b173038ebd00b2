using SecurityTrax.Identity;
using SecurityTrax.Portal;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// The portal's only authorisation: the pay link's token. The company comes from the address and is trusted only once a
/// link of that company answers for the token (as a signed webhook's tenant is).
/// </summary>
public static class PortalLink
{
    /// <summary>
    /// Acts as the customer portal of <paramref name="company"/> and answers the link's grain, or null for text that
    /// cannot be a link. Not async: a request-context value set inside an awaited method does not flow back out.
    /// </summary>
    public static IPayLinkGrain? Enter(IClusterClient cluster, HttpContext http, string company, string token)
    {
        if (!TenantSlug.IsValid(company) || PayLinkKeys.IdOf(token) is not { } id)
        {
            return null;
        }

        CallerContext.Set(Caller(http, company));
        return cluster.GetGrain<IPayLinkGrain>(GrainKeys.For(company, id));
    }

    /// <summary>Who acts for a portal request: the company's customer portal (source portal), from the client's address.</summary>
    public static Caller Caller(HttpContext http, string company) =>
        new(company, Identity.Caller.SystemUserId, "Customer portal", ChangeSources.Portal, http.Connection.RemoteIpAddress?.ToString(), http.TraceIdentifier);

    /// <summary>Why a link opens nothing, alike for unknown and tampered links so a token says nothing about who exists.</summary>
    public static (int Status, string Title, string Detail) Refusal(PayLinkStatus status) => status switch
    {
        PayLinkStatus.Expired => (StatusCodes.Status410Gone, "This payment link has expired.",
            "Ask the company for a new link, or pay by phone."),
        PayLinkStatus.Revoked => (StatusCodes.Status410Gone, "This payment link is no longer valid.",
            "The company withdrew it. Ask the company for a new link, or pay by phone."),
        _ => (StatusCodes.Status404NotFound, "This payment link is not valid.",
            "Check that the whole link was copied, or ask the company for a new one."),
    };
}
