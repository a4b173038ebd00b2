using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>Sales tax rates per state; a state without one is taxed at 0.</summary>
public static class TaxRatesApi
{
    public static IEndpointRouteBuilder MapTaxRatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/catalog/tax-rates").WithTags("Catalog");
        group.MapPost("", AddAsync).RequireGrant(CatalogApi.Resource, Grants.Create).WithIdempotencyKey().WithName("AddTaxRate").WithSummary("Adds a state's sales tax rate (percent, up to three decimals).");
        group.MapPut("/{state}", UpdateAsync).RequireGrant(CatalogApi.Resource, Grants.Modify).WithName("UpdateTaxRate").WithSummary("Changes a state's sales tax rate (If-Match: its eTag).");
        group.MapDelete("/{state}", RemoveAsync).RequireGrant(CatalogApi.Resource, Grants.Delete).WithName("RemoveTaxRate").WithSummary("Removes a state's sales tax rate.");
        return routes;
    }

    public static async Task<Results<Created<TaxRateResponse>, ProblemHttpResult>> AddAsync(
        TaxRateRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var state = errors.Required(request.State, "state");
        var rate = errors.Required(request.Rate, "rate");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var added = await CatalogApi.Catalog(cluster, me).AddTaxRateAsync(state, rate);
        ETags.Set(response, added.Version);
        return TypedResults.Created($"/api/v1/catalog/tax-rates/{added.State}", TaxRateResponse.From(added));
    }

    public static async Task<Results<Ok<TaxRateResponse>, ProblemHttpResult>> UpdateAsync(
        string state, TaxRateRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var rate = errors.Required(request.Rate, "rate");
        if (request.State is not null)
        {
            errors.Add("state", "The state is in the path.");
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var updated = await CatalogApi.Catalog(cluster, me).UpdateTaxRateAsync(state, rate, ifMatch.Version);
        ETags.Set(http.Response, updated.Version);
        return TypedResults.Ok(TaxRateResponse.From(updated));
    }

    public static async Task<NoContent> RemoveAsync(string state, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await CatalogApi.Catalog(cluster, me).RemoveTaxRateAsync(state, ifMatch.Version);
        return TypedResults.NoContent();
    }
}
