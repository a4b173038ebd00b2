using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.RecurringInvoices;
using SecurityTrax.Identity;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Sequences;

namespace SecurityTrax.Gateway.Customers;

public static class CustomersApi
{
    public const string Resource = "customers";

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers").WithTags("Customers");
        group.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListCustomers");
        group.MapPost("", CreateAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("CreateCustomer");
        group.MapGet("/{id:long}", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetCustomer").WithSummary("One customer or lead, with the ETag for changes to it.");
        group.MapPut("/{id:long}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateCustomer");
        group.MapPut("/{id:long}/confidential", UpdateConfidentialAsync)
            .RequireGrant(Resource, Grants.Modify).RequireGrant(Grants.CustomersViewConfidential).WithName("UpdateCustomerConfidential").WithSummary("Sets the SSN and date of birth (encrypted; needs customers.view_confidential).");
        group.MapPost("/{id:long}/convert", ConvertAsync).RequireGrant(Resource, Grants.Modify).WithName("ConvertLead");
        group.MapDelete("/{id:long}", DeleteAsync).RequireGrant(Resource, Grants.Delete).WithName("DeleteCustomer")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <summary>Search (name, email, phone, address), filter by stage, tag, past due and suspended, sort, and page with the returned cursor.</summary>
    public static async Task<Ok<CustomerListResponse>> ListAsync(
        IClusterClient cluster, CurrentUser me, string? q, string? stage, string? tag, string? sort, string? cursor, int? limit, bool? pastDue, bool? suspended)
    {
        var (order, descending) = ParseSort(sort);
        var page = await cluster.GetGrain<ICustomerQueryGrain>(me.Key(ICustomerQueryGrain.Id))
            .SearchAsync(new CustomerSearch(q, ParseStage(stage), tag, order, descending, cursor, limit ?? 50, pastDue, suspended));
        return TypedResults.Ok(new CustomerListResponse([.. page.Items.Select(CustomerSummaryResponse.From)], page.NextCursor));
    }

    /// <summary>A new lead (the default) or customer.</summary>
    public static async Task<Created<CustomerResponse>> CreateAsync(
        CustomerRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        ReadOnlyMembers.RefuseUnknown(request.Echoed);
        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(SequenceKinds.Customer))).NextAsync();
        var confidential = request.Ssn is null && request.DateOfBirth is null ? null : new ConfidentialInfo(request.Ssn, request.DateOfBirth);
        if (confidential is not null && !CanSeeConfidential(me))
        {
            throw Errors.SecurityTraxException.Invalid("ssn", $"Setting confidential fields needs the {Grants.CustomersViewConfidential} grant.");
        }

        var created = await Customer(cluster, me, number)
            .CreateAsync(request.Stage ?? CustomerStage.Lead, request.ToProfile(), confidential, CanSeeConfidential(me));
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/customers/{created.Id}", CustomerResponse.From(created));
    }

    public static async Task<Ok<CustomerResponse>> GetAsync(long id, IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Customer(cluster, me, id).GetAsync(CanSeeConfidential(me)));

    /// <summary>Replaces the profile; fields left out are cleared. Confidential fields are not touched here.</summary>
    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> UpdateAsync(
        long id, CustomerRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var customer = Customer(cluster, me, id);
        if (request.Echoed is not null || request.Stage is not null || request.Ssn is not null || request.DateOfBirth is not null)
        {
            // PUT what you GET: the stage and the confidential fields may come back unchanged; they change elsewhere.
            var current = await customer.GetAsync(CanSeeConfidential(me));
            if (current.Version == ifMatch.Version)
            {
                var members = ReadOnlyMembers.Of(CustomerResponse.From(current), http);
                members.CheckEchoed(request.Echoed, errors);
                members.Check("stage", request.Stage, http, errors, "This field is read-only: change the stage with POST …/convert.");
                members.Check("ssn", request.Ssn, http, errors, "This field is read-only here: change it with PUT …/confidential.");
                members.Check("dateOfBirth", request.DateOfBirth, http, errors, "This field is read-only here: change it with PUT …/confidential.");
            }
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return Answer(http.Response, await customer.UpdateProfileAsync(request.ToProfile(), ifMatch.Version, CanSeeConfidential(me)));
    }

    public static async Task<Ok<CustomerResponse>> UpdateConfidentialAsync(
        long id, ConfidentialRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        return Answer(http.Response, await Customer(cluster, me, id).UpdateConfidentialAsync(new ConfidentialInfo(request.Ssn, request.DateOfBirth), ifMatch.Version));
    }

    /// <summary>Turns a lead into a customer; one way.</summary>
    public static async Task<Ok<CustomerResponse>> ConvertAsync(
        long id, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        return Answer(http.Response, await Customer(cluster, me, id).ConvertToCustomerAsync(ifMatch.Version, CanSeeConfidential(me)));
    }

    /// <summary>
    /// Deletes the customer. Active recurring invoices answer 409 listing them, unless <c>?recurring=stop</c> stops them
    /// first (<c>switch_to_default</c> cannot follow a deleted customer: 400).
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, [FromQuery(Name = RecurringRemoval.Parameter), Description(RecurringRemoval.CustomerDescription)] string? recurring, IClusterClient cluster, CurrentUser me, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var followUp = RecurringRemoval.Parse(recurring, errors);
        if (followUp == RecurringFollowUp.SwitchToDefault)
        {
            errors.Add(RecurringRemoval.Parameter, "A deleted customer has no default billing method; use stop.");
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        // A stale version answers 412 before any recurring invoice is stopped; the delete checks it again.
        var customer = Customer(cluster, me, id);
        if ((await customer.GetAsync(false)).Version is var version && version != ifMatch.Version)
        {
            throw SecurityTraxException.StaleVersion(ifMatch.Version, version);
        }

        if (await RecurringRemoval.FollowUpAsync(cluster, me, id, null, followUp) is { } conflict)
        {
            return TypedResults.Problem(conflict);
        }

        await customer.DeleteAsync(ifMatch.Version);
        return TypedResults.NoContent();
    }

    public static ICustomerGrain Customer(IClusterClient cluster, CurrentUser me, long id) =>
        cluster.GetGrain<ICustomerGrain>(me.Key(id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static bool CanSeeConfidential(CurrentUser me) => me.Grants.Contains(Grants.CustomersViewConfidential);

    public static Ok<CustomerResponse> Answer(HttpResponse response, CustomerDetails details)
    {
        ETags.Set(response, details.Version);
        return TypedResults.Ok(CustomerResponse.From(details));
    }

    private static CustomerStage? ParseStage(string? stage) =>
        stage is null ? null
        : Enum.TryParse<CustomerStage>(stage, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(stage[0]) ? parsed
        : throw Errors.SecurityTraxException.Invalid("stage", "Use lead or customer.");

    private static (CustomerSort Sort, bool Descending) ParseSort(string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var name = (descending ? sort![1..] : sort ?? "name").ToLowerInvariant();
        return name switch
        {
            "name" => (CustomerSort.Name, descending),
            "created" => (CustomerSort.Created, descending),
            "updated" => (CustomerSort.Updated, descending),
            "id" => (CustomerSort.Number, descending),
            _ => throw Errors.SecurityTraxException.Invalid("sort", "Sort by name, created, updated or id; prefix - for descending."),
        };
    }
}
