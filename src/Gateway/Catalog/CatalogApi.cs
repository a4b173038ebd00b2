using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Catalog;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>The catalogue's billable items; managing it takes <c>catalog.create</c> / <c>modify</c> / <c>delete</c>.</summary>
public static class CatalogApi
{
    public const string Resource = "catalog";

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/catalog").WithTags("Catalog");
        group.MapGet("", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetCatalog");
        group.MapPost("/items", AddItemAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("AddCatalogItem").WithSummary("Adds a billable item (service, part, fee) to the catalog.");
        group.MapPut("/items/{itemId:int}", UpdateItemAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateCatalogItem").WithSummary("Changes a billable item (If-Match: the item's eTag).");
        group.MapDelete("/items/{itemId:int}", RetireItemAsync).RequireGrant(Resource, Grants.Delete).WithName("RetireCatalogItem");
        return routes;
    }

    /// <summary>Items, equipment, packages and tax rates; retired entries only with <c>includeRetired=true</c>.</summary>
    public static async Task<Ok<CatalogResponse>> GetAsync(IClusterClient cluster, CurrentUser me, bool? includeRetired) =>
        TypedResults.Ok(CatalogResponse.From(await Catalog(cluster, me).GetAsync(), includeRetired ?? false));

    public static async Task<Results<Created<BillableItemResponse>, ProblemHttpResult>> AddItemAsync(
        BillableItemRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var input = ToInput(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var item = await Catalog(cluster, me).AddItemAsync(input);
        ETags.Set(response, item.Version);
        return TypedResults.Created($"/api/v1/catalog/items/{item.Id}", BillableItemResponse.From(item));
    }

    public static async Task<Results<Ok<BillableItemResponse>, ProblemHttpResult>> UpdateItemAsync(
        int itemId, BillableItemRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = ToInput(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var item = await Catalog(cluster, me).UpdateItemAsync(itemId, input, ifMatch.Version);
        ETags.Set(http.Response, item.Version);
        return TypedResults.Ok(BillableItemResponse.From(item));
    }

    /// <summary>Retires the item: invoices and equipment that name it keep it, new lines cannot use it.</summary>
    public static async Task<NoContent> RetireItemAsync(int itemId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await Catalog(cluster, me).RetireItemAsync(itemId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    public static ICatalogGrain Catalog(IClusterClient cluster, CurrentUser me) => cluster.GetGrain<ICatalogGrain>(me.Key(ICatalogGrain.Id));

    private static BillableItemInput ToInput(BillableItemRequest request, RequestErrors errors) => new(
        errors.Required(request.Name, "name"), request.Description, errors.Required(request.UnitPrice, "unitPrice"),
        request.Taxable ?? false, errors.Required(request.Kind, "kind"));
}
