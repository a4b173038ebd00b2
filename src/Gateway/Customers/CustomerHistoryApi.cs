using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Identity;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Customers;

public static class CustomerHistoryApi
{
    public static IEndpointRouteBuilder MapCustomerHistoryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/customers/{id:long}/history", ReadAsync)
            .WithTags("Customers")
            .RequireGrant("customers", Grants.View)
            .WithName("ReadCustomerHistory");
        return routes;
    }

    /// <summary>Who changed what and when, newest first: filter by time range (from inclusive, to exclusive), user, action and entity.</summary>
    public static async Task<Ok<HistoryResponse>> ReadAsync(
        long id, IClusterClient cluster, CurrentUser me,
        DateTimeOffset? from, DateTimeOffset? to, long? user, string? action, string? entity, string? cursor, int? limit)
    {
        // An unknown customer (or another company's) answers 404, not an empty history.
        await CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var page = await cluster.GetGrain<ICustomerQueryGrain>(me.Key(ICustomerQueryGrain.Id))
            .HistoryAsync(new HistoryQuery(id, from, to, UserIds.Text(user), action, entity, cursor, limit ?? 50));
        return TypedResults.Ok(new HistoryResponse([.. page.Items.Select(HistoryItemResponse.From)], page.NextCursor));
    }
}
