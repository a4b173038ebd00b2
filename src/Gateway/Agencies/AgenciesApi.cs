using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Agencies;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>
/// The company's police, fire and medical agency directory: read with <c>contacts.view</c> (it serves the Contacts tab),
/// maintained with <c>settings.modify</c> (it is company data, like the catalogue's settings).
/// </summary>
public static class AgenciesApi
{
    public static IEndpointRouteBuilder MapAgenciesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/agencies").WithTags("Agencies");
        group.MapGet("", ListAsync).RequireGrant("contacts", Grants.View).WithName("ListAgencies");
        group.MapPost("", AddAsync).RequireGrant("settings", Grants.Modify).WithIdempotencyKey().WithName("AddAgency");
        group.MapPost("/import", ImportAsync).RequireGrant("settings", Grants.Modify).WithIdempotencyKey().WithName("ImportAgencies");
        group.MapGet("/{agencyId:int}", GetAsync).RequireGrant("contacts", Grants.View).WithName("GetAgency");
        group.MapPut("/{agencyId:int}", UpdateAsync).RequireGrant("settings", Grants.Modify).WithName("UpdateAgency");
        group.MapDelete("/{agencyId:int}", RemoveAsync).RequireGrant("settings", Grants.Modify).WithName("RemoveAgency");
        var customer = routes.MapGroup("/api/v1/customers/{id:long}").WithTags("Agencies");
        customer.MapGet("/agency-suggestions", SuggestAsync).RequireGrant("contacts", Grants.View).WithName("SuggestAgencies");
        customer.MapPost("/contacts/from-agency", AddContactAsync).RequireGrant("contacts", Grants.Create).WithIdempotencyKey().WithName("AddAgencyContact");
        return routes;
    }

    /// <summary>The directory: police, then fire, then medical, by name; each agency with its own eTag.</summary>
    public static async Task<Ok<AgencyResponse[]>> ListAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Directory(cluster, me).ListAsync()).Select(AgencyResponse.From).ToArray());

    /// <summary>One agency, and its ETag.</summary>
    public static async Task<Ok<AgencyResponse>> GetAsync(int agencyId, IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Directory(cluster, me).GetAsync(agencyId));

    /// <summary>Adds an agency with the ZIP codes and cities it covers.</summary>
    public static async Task<Created<AgencyResponse>> AddAsync(AgencyRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        ReadOnlyMembers.RefuseUnknown(request.Echoed);
        var agency = await Directory(cluster, me).AddAsync(request.ToInput());
        ETags.Set(response, agency.Version);
        return TypedResults.Created($"/api/v1/agencies/{agency.Id}", AgencyResponse.From(agency));
    }

    /// <summary>Replaces an agency (If-Match: its ETag).</summary>
    public static async Task<Ok<AgencyResponse>> UpdateAsync(
        int agencyId, AgencyRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var directory = Directory(cluster, me);
        if (request.Echoed is not null && await directory.GetAsync(agencyId) is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(AgencyResponse.From(current), http).Refuse(request.Echoed);
        }

        return Answer(http.Response, await directory.UpdateAsync(agencyId, request.ToInput(), ifMatch.Version));
    }

    /// <summary>Removes an agency from the directory (If-Match: its ETag); contacts already made from it stay.</summary>
    public static async Task<NoContent> RemoveAsync(int agencyId, IClusterClient cluster, CurrentUser me, IfMatch ifMatch)
    {
        await Directory(cluster, me).RemoveAsync(agencyId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    /// <summary>Adds every agency of a CSV file, or none: each bad row is named by its line (<c>lines[3].zips[0]</c>).</summary>
    public static async Task<Results<Created<AgencyResponse[]>, ProblemHttpResult>> ImportAsync(AgencyImportRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var csv = errors.Required(request.Csv, "csv");
        AgencyImportRow[] rows = errors.Any ? [] : AgencyCsv.Read(csv, errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var added = await Directory(cluster, me).ImportAsync(rows);
        return TypedResults.Created("/api/v1/agencies", added.Select(AgencyResponse.From).ToArray());
    }

    /// <summary>The agencies covering the customer's service address: those listing its ZIP code, then those listing its city.</summary>
    public static async Task<Ok<AgencySuggestionResponse[]>> SuggestAsync(long id, IClusterClient cluster, CurrentUser me)
    {
        var customer = await CustomersApi.Customer(cluster, me, id).GetAsync(false);
        AgencySuggestion[] suggestions = customer.Profile.ServiceAddress is { } address ? await Directory(cluster, me).SuggestAsync(address) : [];
        return TypedResults.Ok(suggestions.Select(AgencySuggestionResponse.From).ToArray());
    }

    /// <summary>Adds a directory agency to the customer's contacts as a police, fire or medical contact, at the lowest priority.</summary>
    public static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> AddContactAsync(
        long id, AgencyContactRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var agencyId = errors.Required(request.AgencyId, "agencyId");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var agencies = await Directory(cluster, me).ListAsync();
        if (agencies.FirstOrDefault(a => a.Id == agencyId) is not { } agency)
        {
            errors.Add("agencyId", $"Agency {agencyId} is not in the company's directory.");
            return TypedResults.Problem(errors.ToProblem());
        }

        var contact = await CustomersApi.Customer(cluster, me, id).AddContactAsync(
            new SecurityTrax.Customers.ContactInput(agency.Kind, agency.Name, null, agency.Phones, null, agency.Name, null));
        ETags.Set(response, contact.Version);
        return TypedResults.Created($"/api/v1/customers/{id}/contacts/{contact.Id}", ContactResponse.From(contact));
    }

    private static Ok<AgencyResponse> Answer(HttpResponse response, AgencyDetails agency)
    {
        ETags.Set(response, agency.Version);
        return TypedResults.Ok(AgencyResponse.From(agency));
    }

    private static IAgencyDirectoryGrain Directory(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IAgencyDirectoryGrain>(me.Key(IAgencyDirectoryGrain.Id));
}
