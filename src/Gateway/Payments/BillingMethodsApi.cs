using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Errors;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.RecurringInvoices;
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
        group.MapPost("/{methodId}/default", MakeDefaultAsync).RequireGrant(CustomersApi.Resource, Grants.Modify).WithName("MakeBillingMethodDefault").WithSummary("Makes this billing method the customer's default (If-Match: the list's ETag).");
        group.MapDelete("/{methodId}", RemoveAsync).RequireGrant(CustomersApi.Resource, Grants.Modify).WithName("RemoveBillingMethod")
            .ProducesProblem(StatusCodes.Status409Conflict);
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

    /// <summary>
    /// Removes a method. Active recurring invoices that name it answer 409 listing them, unless <c>?recurring=</c> says
    /// <c>switch_to_default</c> (they charge the customer's default from now on) or <c>stop</c>.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        long id,
        string methodId,
        [FromQuery(Name = RecurringRemoval.Parameter), Description(RecurringRemoval.MethodDescription)] string? recurring,
        IClusterClient cluster,
        CurrentUser me,
        IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var followUp = RecurringRemoval.Parse(recurring, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        // An unknown method or a stale If-Match answers before any recurring invoice is switched or stopped.
        var methods = Methods(cluster, me, id);
        var current = await methods.ListAsync();
        if (current.All(m => m.Id != methodId))
        {
            throw SecurityTraxException.NotFound($"Billing method {methodId} of customer {id}");
        }

        if (current[0].Version != ifMatch.Version)
        {
            throw SecurityTraxException.StaleVersion(ifMatch.Version, current[0].Version);
        }

        if (await RecurringRemoval.FollowUpAsync(cluster, me, id, methodId, followUp) is { } conflict)
        {
            return TypedResults.Problem(conflict);
        }

        await methods.RemoveAsync(methodId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    private static IBillingMethodsGrain Methods(IClusterClient cluster, CurrentUser me, long customerId) =>
        cluster.GetGrain<IBillingMethodsGrain>(me.Key(customerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
