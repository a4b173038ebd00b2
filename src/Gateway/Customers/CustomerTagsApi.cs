using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Customers;

public static class CustomerTagsApi
{
    public static IEndpointRouteBuilder MapCustomerTagsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers/{id:long}/tags").WithTags("Customers");
        group.MapPost("", AddAsync).RequireGrant("customers", Grants.Modify).WithName("AddCustomerTag");
        group.MapDelete("/{tag}", RemoveAsync).RequireGrant("customers", Grants.Modify).WithName("RemoveCustomerTag").WithSummary("Removes a tag from the customer (If-Match: the customer's ETag).");
        routes.MapGet("/api/v1/tags", ListAsync).WithTags("Customers").RequireGrant("customers", Grants.View).WithName("ListTags");
        return routes;
    }

    /// <summary>Adds a tag by name (If-Match: the customer's ETag); adding one the customer has (in any case) changes nothing.</summary>
    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> AddAsync(
        long id, TagRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var tag = errors.Required(request.Tag, "tag");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return CustomersApi.Answer(response, await CustomersApi.Customer(cluster, me, id).AddTagAsync(tag, CustomersApi.CanSeeConfidential(me), ifMatch.Version));
    }

    public static async Task<Ok<CustomerResponse>> RemoveAsync(
        long id, string tag, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        CustomersApi.Answer(response, await CustomersApi.Customer(cluster, me, id).RemoveTagAsync(tag, CustomersApi.CanSeeConfidential(me), ifMatch.Version));

    /// <summary>The company's tags with how many customers carry each.</summary>
    public static async Task<Ok<TagCountResponse[]>> ListAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await cluster.GetGrain<ICustomerQueryGrain>(me.Key(ICustomerQueryGrain.Id)).TagsAsync())
            .Select(t => new TagCountResponse(t.Tag, t.Customers)).ToArray());
}
