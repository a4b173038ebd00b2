using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Customers;

/// <summary>
/// The office clears a service suspension by hand (dunning sets it after the final failure when the company asks for it,
/// and paying clears it). A flag for the office: nothing here talks to a monitoring station.
/// </summary>
public static class CustomerSuspensionApi
{
    public static IEndpointRouteBuilder MapCustomerSuspensionApi(this IEndpointRouteBuilder routes)
    {
        routes.MapDelete("/api/v1/customers/{id:long}/suspension", ClearAsync).WithTags("Customers")
            .RequireGrant(CustomersApi.Resource, Grants.Modify).WithName("ClearCustomerSuspension")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Clears the customer's service suspension by hand, in its history (If-Match: the customer's ETag); 409 when not suspended.");
        return routes;
    }

    public static async Task<Ok<CustomerResponse>> ClearAsync(long id, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        CustomersApi.Answer(response, await CustomersApi.Customer(cluster, me, id).ClearSuspensionAsync(CustomersApi.CanSeeConfidential(me), ifMatch.Version));
}
