using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

/// <summary>A customer's billing methods: part of the customer record, so they take the customers grants.</summary>
public static class BillingMethodsApi
{
    public static IEndpointRouteBuilder MapBillingMethodsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers/{id:long}/billing-methods").WithTags("Billing methods");
        group.MapGet("", ListAsync).RequireGrant(CustomersApi.Resource, Grants.View).WithName("ListBillingMethods");
        group.MapPost("/setup", SetupAsync).RequireGrant(CustomersApi.Resource, Grants.Modify).WithName("BeginBillingMethodSetup");
        group.MapPost("", AddAsync).RequireGrant(CustomersApi.Resource, Grants.Modify).WithIdempotencyKey().WithName("AddBillingMethod");
        group.MapPost("/{methodId}/default", MakeDefaultAsync).RequireGrant(CustomersApi.Resource, Grants.Modify).WithName("MakeBillingMethodDefault");
        group.MapDelete("/{methodId}", RemoveAsync).RequireGrant(CustomersApi.Resource, Grants.Modify).WithName("RemoveBillingMethod");
        return routes;
    }

    /// <summary>The ETag is the version of the customer's billing methods as a whole (If-Match of default and remove); none without methods.</summary>
    public static async Task<Ok<BillingMethodResponse[]>> ListAsync(long id, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        await CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var methods = await Methods(cluster, me, id).ListAsync();
        if (methods.Length > 0)
        {
            ETags.Set(response, methods[0].Version);
        }

        return TypedResults.Ok(methods.Select(BillingMethodResponse.From).ToArray());
    }

    /// <summary>A processor setup intent: its client secret goes to Stripe.js, which collects the card or bank account (and the ACH mandate).</summary>
    public static async Task<Results<Ok<BillingSetupResponse>, ProblemHttpResult>> SetupAsync(
        long id, BillingSetupRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var kind = errors.Required(request.Kind, "kind");
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : TypedResults.Ok(BillingSetupResponse.From(await Methods(cluster, me, id).BeginSetupAsync(kind)));
    }

    /// <summary>Saves a payment-method token (attached to the customer at the processor) or manual billing.</summary>
    public static async Task<Results<Created<BillingMethodResponse>, ProblemHttpResult>> AddAsync(
        long id, BillingMethodRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var kind = errors.Required(request.Kind, "kind");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var added = await Methods(cluster, me, id).AddAsync(new NewBillingMethod(kind, request.Token, request.Label, request.MakeDefault ?? false));
        return TypedResults.Created($"/api/v1/customers/{id}/billing-methods/{added.Id}", BillingMethodResponse.From(added));
    }

    public static async Task<Ok<BillingMethodResponse>> MakeDefaultAsync(
        long id, string methodId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var method = await Methods(cluster, me, id).MakeDefaultAsync(methodId, ifMatch.Version);
        ETags.Set(response, method.Version);
        return TypedResults.Ok(BillingMethodResponse.From(method));
    }

    public static async Task<NoContent> RemoveAsync(long id, string methodId, IClusterClient cluster, CurrentUser me, IfMatch ifMatch)
    {
        await Methods(cluster, me, id).RemoveAsync(methodId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    private static IBillingMethodsGrain Methods(IClusterClient cluster, CurrentUser me, long customerId) =>
        cluster.GetGrain<IBillingMethodsGrain>(me.Key(customerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
