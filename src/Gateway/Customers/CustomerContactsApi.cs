using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Customers;

public static class CustomerContactsApi
{
    private const string Resource = "contacts";

    public static IEndpointRouteBuilder MapCustomerContactsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers/{id:long}/contacts").WithTags("Contacts");
        group.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListContacts");
        group.MapPost("", AddAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("AddContact");
        group.MapPut("/{contactId:int}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateContact").WithSummary("Changes an emergency or agency contact (If-Match: the contact's eTag from the list).");
        group.MapDelete("/{contactId:int}", DeleteAsync).RequireGrant(Resource, Grants.Delete).WithName("DeleteContact").WithSummary("Deletes a contact (If-Match: the contact's eTag from the list).");
        group.MapPut("/order", ReorderAsync).RequireGrant(Resource, Grants.Modify).WithName("ReorderContacts");
        return routes;
    }

    /// <summary>The contacts in priority order, each with its own version; the list's ETag is the customer's (for the order).</summary>
    public static async Task<Ok<ContactResponse[]>> ListAsync(long id, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var customer = await CustomersApi.Customer(cluster, me, id).GetAsync(false);
        ETags.Set(response, customer.Version);
        return TypedResults.Ok(customer.Contacts.Select(ContactResponse.From).ToArray());
    }

    /// <summary>Adds a contact at the lowest priority.</summary>
    public static async Task<Created<ContactResponse>> AddAsync(
        long id, ContactRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var contact = await CustomersApi.Customer(cluster, me, id).AddContactAsync(request.ToInput());
        ETags.Set(response, contact.Version);
        return TypedResults.Created($"/api/v1/customers/{id}/contacts/{contact.Id}", ContactResponse.From(contact));
    }

    public static async Task<Ok<ContactResponse>> UpdateAsync(
        long id, int contactId, ContactRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var contact = await CustomersApi.Customer(cluster, me, id).UpdateContactAsync(contactId, request.ToInput(), ifMatch.Version);
        ETags.Set(http.Response, contact.Version);
        return TypedResults.Ok(ContactResponse.From(contact));
    }

    public static async Task<NoContent> DeleteAsync(
        long id, int contactId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await CustomersApi.Customer(cluster, me, id).RemoveContactAsync(contactId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    /// <summary>Sets the priority order (If-Match: the customer's ETag); the list must name every contact exactly once.</summary>
    public static async Task<Results<Ok<ContactResponse[]>, ProblemHttpResult>> ReorderAsync(
        long id, ReorderContactsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var ids = errors.Required(request.ContactIds, "contactIds");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var customer = CustomersApi.Customer(cluster, me, id);
        var contacts = await customer.ReorderContactsAsync(ids, ifMatch.Version);
        ETags.Set(response, (await customer.GetAsync(false)).Version);
        return TypedResults.Ok(contacts.Select(ContactResponse.From).ToArray());
    }
}
