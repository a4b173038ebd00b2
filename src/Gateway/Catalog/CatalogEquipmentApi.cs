using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Catalog;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Catalog;

/// <summary>The catalogue's equipment (make and model) and equipment packages.</summary>
public static class CatalogEquipmentApi
{
    public static IEndpointRouteBuilder MapCatalogEquipmentApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/catalog").WithTags("Catalog");
        group.MapPost("/equipment", AddEquipmentAsync).RequireGrant(CatalogApi.Resource, Grants.Create).WithIdempotencyKey().WithName("AddCatalogEquipment").WithSummary("Adds an equipment model (make, model, billable item) to the catalog.");
        group.MapPut("/equipment/{equipmentId:int}", UpdateEquipmentAsync).RequireGrant(CatalogApi.Resource, Grants.Modify).WithName("UpdateCatalogEquipment").WithSummary("Changes an equipment model (If-Match: its eTag).");
        group.MapDelete("/equipment/{equipmentId:int}", RetireEquipmentAsync).RequireGrant(CatalogApi.Resource, Grants.Delete).WithName("RetireCatalogEquipment").WithSummary("Retires an equipment model: kept on records, no longer offered.");
        group.MapPost("/packages", AddPackageAsync).RequireGrant(CatalogApi.Resource, Grants.Create).WithIdempotencyKey().WithName("AddEquipmentPackage").WithSummary("Adds an equipment package (a named set of pieces).");
        group.MapPut("/packages/{packageId:int}", UpdatePackageAsync).RequireGrant(CatalogApi.Resource, Grants.Modify).WithName("UpdateEquipmentPackage").WithSummary("Changes an equipment package (If-Match: its eTag).");
        group.MapDelete("/packages/{packageId:int}", RetirePackageAsync).RequireGrant(CatalogApi.Resource, Grants.Delete).WithName("RetireEquipmentPackage").WithSummary("Retires an equipment package: no longer offered.");
        return routes;
    }

    public static async Task<Results<Created<EquipmentItemResponse>, ProblemHttpResult>> AddEquipmentAsync(
        EquipmentItemRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var input = ToInput(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var equipment = await CatalogApi.Catalog(cluster, me).AddEquipmentAsync(input);
        ETags.Set(response, equipment.Version);
        return TypedResults.Created($"/api/v1/catalog/equipment/{equipment.Id}", EquipmentItemResponse.From(equipment));
    }

    public static async Task<Results<Ok<EquipmentItemResponse>, ProblemHttpResult>> UpdateEquipmentAsync(
        int equipmentId, EquipmentItemRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = ToInput(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var equipment = await CatalogApi.Catalog(cluster, me).UpdateEquipmentAsync(equipmentId, input, ifMatch.Version);
        ETags.Set(http.Response, equipment.Version);
        return TypedResults.Ok(EquipmentItemResponse.From(equipment));
    }

    public static async Task<NoContent> RetireEquipmentAsync(
        int equipmentId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await CatalogApi.Catalog(cluster, me).RetireEquipmentAsync(equipmentId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<PackageResponse>, ProblemHttpResult>> AddPackageAsync(
        PackageRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var input = ToInput(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var package = await CatalogApi.Catalog(cluster, me).AddPackageAsync(input);
        ETags.Set(response, package.Version);
        return TypedResults.Created($"/api/v1/catalog/packages/{package.Id}", PackageResponse.From(package));
    }

    public static async Task<Results<Ok<PackageResponse>, ProblemHttpResult>> UpdatePackageAsync(
        int packageId, PackageRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = ToInput(request, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var package = await CatalogApi.Catalog(cluster, me).UpdatePackageAsync(packageId, input, ifMatch.Version);
        ETags.Set(http.Response, package.Version);
        return TypedResults.Ok(PackageResponse.From(package));
    }

    public static async Task<NoContent> RetirePackageAsync(
        int packageId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await CatalogApi.Catalog(cluster, me).RetirePackageAsync(packageId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    private static EquipmentItemInput ToInput(EquipmentItemRequest request, RequestErrors errors) => new(
        errors.Required(request.Make, "make"), errors.Required(request.Model, "model"), errors.Required(request.BillableItemId, "billableItemId"));

    private static EquipmentPackageInput ToInput(PackageRequest request, RequestErrors errors) => new(
        errors.Required(request.Name, "name"), [.. (errors.Required(request.Pieces, "pieces") ?? []).Select(p => p.ToPiece())]);
}
