using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Equipment;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Equipment;

public static class CustomerEquipmentApi
{
    private const string Resource = "equipment";

    public static IEndpointRouteBuilder MapCustomerEquipmentApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers/{id:long}/equipment").WithTags("Equipment");
        group.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListEquipment");
        group.MapPost("", AddAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("AddEquipment").WithSummary("Adds a piece of equipment to the customer's site.");
        group.MapPost("/packages", AddPackageAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("AddEquipmentPackageToCustomer");
        group.MapPost("/from-invoices", FromInvoicesAsync).RequireGrant(Resource, Grants.Create).WithName("AddInvoicedEquipment");
        group.MapPut("/{rowId:int}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateEquipment").WithSummary("Changes a piece of the customer's equipment (If-Match: its eTag).");
        group.MapDelete("/{rowId:int}", RemoveAsync).RequireGrant(Resource, Grants.Delete).WithName("RemoveEquipment").WithSummary("Removes a piece of equipment from the customer's site.");
        return routes;
    }

    /// <summary>The customer's equipment; each row says whether it is paid and which invoice it is on.</summary>
    public static async Task<Ok<EquipmentResponse[]>> ListAsync(long id, IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Equipment(cluster, me, id).ListAsync()).Select(EquipmentResponse.From).ToArray());

    public static async Task<Created<EquipmentResponse>> AddAsync(
        long id, EquipmentRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var row = await Equipment(cluster, me, id).AddAsync(request.ToInput());
        ETags.Set(response, row.Version);
        return TypedResults.Created($"/api/v1/customers/{id}/equipment/{row.Id}", EquipmentResponse.From(row));
    }

    /// <summary>Adds every piece of a catalogue package at once.</summary>
    public static async Task<Results<Ok<EquipmentResponse[]>, ProblemHttpResult>> AddPackageAsync(
        long id, AddPackageRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var package = errors.Required(request.PackageId, "packageId");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var rows = await Equipment(cluster, me, id).AddPackageAsync(package, request.SoldByUserId);
        return TypedResults.Ok(rows.Select(EquipmentResponse.From).ToArray());
    }

    /// <summary>
    /// "Add invoiced equipment": the equipment lines of the customer's invoices not brought over before become
    /// equipment rows (activation fees and monitoring never do). Customers only; running it again adds nothing twice.
    /// </summary>
    public static async Task<Ok<EquipmentResponse[]>> FromInvoicesAsync(long id, IClusterClient cluster, CurrentUser me)
    {
        var rows = await cluster.GetGrain<IEquipmentConversionGrain>(me.Key(IEquipmentConversionGrain.Id)).ConvertAsync(id);
        return TypedResults.Ok(rows.Select(EquipmentResponse.From).ToArray());
    }

    public static async Task<Ok<EquipmentResponse>> UpdateAsync(
        long id, int rowId, EquipmentRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var row = await Equipment(cluster, me, id).UpdateAsync(rowId, request.ToInput(), ifMatch.Version);
        ETags.Set(http.Response, row.Version);
        return TypedResults.Ok(EquipmentResponse.From(row));
    }

    public static async Task<NoContent> RemoveAsync(long id, int rowId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await Equipment(cluster, me, id).RemoveAsync(rowId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    private static ICustomerEquipmentGrain Equipment(IClusterClient cluster, CurrentUser me, long id) =>
        cluster.GetGrain<ICustomerEquipmentGrain>(me.Key(id.ToString(CultureInfo.InvariantCulture)));
}
