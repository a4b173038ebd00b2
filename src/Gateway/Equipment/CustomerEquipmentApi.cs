using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Equipment;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;
using SecurityTrax.Gateway.Users;

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
        group.MapGet("/from-invoices", InvoicedLeftAsync).RequireGrant(Resource, Grants.View).WithName("GetInvoicedEquipmentLeft");
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
        ReadOnlyMembers.RefuseUnknown(request.Echoed);
        var row = await Equipment(cluster, me, id).AddAsync(request.ToInput());
        ETags.Set(response, row.Version);
        return TypedResults.Created($"/api/v1/customers/{id}/equipment/{row.Id}", EquipmentResponse.From(row));
    }

    /// <summary>Adds every piece of a catalogue package at once.</summary>
    public static async Task<Results<Created<EquipmentResponse[]>, ProblemHttpResult>> AddPackageAsync(
        long id, AddPackageRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var package = errors.Required(request.PackageId, "packageId");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var rows = await Equipment(cluster, me, id).AddPackageAsync(package, UserIds.Text(request.SoldByUserId));
        // Several rows are created at once: the location is the customer's equipment list that holds them.
        return TypedResults.Created($"/api/v1/customers/{id}/equipment", rows.Select(EquipmentResponse.From).ToArray());
    }

    /// <summary>
    /// "Add invoiced equipment": the equipment lines of the customer's invoices not brought over before become
    /// equipment rows (activation fees and monitoring never do). Customers only; running it again adds nothing twice.
    /// </summary>
    public static async Task<Ok<EquipmentButtonResponse>> FromInvoicesAsync(long id, IClusterClient cluster, CurrentUser me)
    {
        var rows = await cluster.GetGrain<IEquipmentConversionGrain>(me.Key(IEquipmentConversionGrain.Id)).ConvertAsync(id);
        return TypedResults.Ok(EquipmentButtonResponse.From(rows));
    }

    /// <summary>How many equipment lines of the customer's invoices "Add invoiced equipment" would bring over now; nothing changes.</summary>
    public static async Task<Ok<InvoicedEquipmentResponse>> InvoicedLeftAsync(long id, IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok(InvoicedEquipmentResponse.From(
            await cluster.GetGrain<IEquipmentConversionGrain>(me.Key(IEquipmentConversionGrain.Id)).RemainingAsync(id)));

    public static async Task<Results<Ok<EquipmentResponse>, ProblemHttpResult>> UpdateAsync(
        long id, int rowId, EquipmentRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var equipment = Equipment(cluster, me, id);
        if (request.Echoed is not null
            && (await equipment.ListAsync()).FirstOrDefault(r => r.Id == rowId) is { } current
            && current.Version == ifMatch.Version)
        {
            var errors = new RequestErrors();
            ReadOnlyMembers.Of(EquipmentResponse.From(current), http).CheckEchoed(request.Echoed, errors);
            if (errors.Any)
            {
                return TypedResults.Problem(errors.ToProblem());
            }
        }

        var row = await equipment.UpdateAsync(rowId, request.ToInput(), ifMatch.Version);
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
