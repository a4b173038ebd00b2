using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;
using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Messages;

public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/message-templates").WithTags("Message templates");
        group.MapGet("", ListAsync).RequireGrant("templates", Grants.View).WithName("ListTemplates").WithSummary("The company's message templates.");
        group.MapGet("/merge-fields", MergeFieldList).RequireGrant("templates", Grants.View).WithName("ListMergeFields");
        group.MapPost("", CreateAsync).RequireGrant(Grants.TemplatesManage).WithIdempotencyKey().WithName("CreateTemplate").WithSummary("Creates an SMS or email template with merge fields.");
        group.MapGet("/{templateId:int}", GetAsync).RequireGrant("templates", Grants.View).WithName("GetTemplate").WithSummary("One message template, with the ETag for changes to it.");
        group.MapPut("/{templateId:int}", UpdateAsync).RequireGrant(Grants.TemplatesManage).WithName("UpdateTemplate").WithSummary("Changes a message template.");
        group.MapDelete("/{templateId:int}", DeleteAsync).RequireGrant(Grants.TemplatesManage).WithName("DeleteTemplate").WithSummary("Deletes a message template.");
        group.MapGet("/{templateId:int}/preview", PreviewAsync).RequireGrant("templates", Grants.View).WithName("PreviewTemplate");
        return routes;
    }

    public static async Task<Ok<TemplateResponse[]>> ListAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Templates(cluster, me).ListAsync()).Select(TemplateResponse.From).ToArray());

    /// <summary>The merge fields dynamic templates may use, written <c>{{ customer.first_name }}</c>.</summary>
    public static Ok<MergeFieldResponse[]> MergeFieldList() =>
        TypedResults.Ok(MergeFields.All.Select(f => new MergeFieldResponse(f.Key, f.Value, "{{ " + f.Key + " }}")).ToArray());

    public static async Task<Results<Created<TemplateResponse>, ProblemHttpResult>> CreateAsync(
        TemplateRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        if (ToInput(request) is not { } input)
        {
            return TypedResults.Problem(Missing(request));
        }

        var created = await Templates(cluster, me).CreateAsync(input);
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/message-templates/{created.Id}", TemplateResponse.From(created));
    }

    public static async Task<Ok<TemplateResponse>> GetAsync(int templateId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var template = await Templates(cluster, me).GetAsync(templateId);
        ETags.Set(response, template.Version);
        return TypedResults.Ok(TemplateResponse.From(template));
    }

    public static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> UpdateAsync(
        int templateId, TemplateRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        if (ToInput(request) is not { } input)
        {
            return TypedResults.Problem(Missing(request));
        }

        var updated = await Templates(cluster, me).UpdateAsync(templateId, input, ifMatch.Version);
        ETags.Set(http.Response, updated.Version);
        return TypedResults.Ok(TemplateResponse.From(updated));
    }

    public static async Task<NoContent> DeleteAsync(int templateId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await Templates(cluster, me).DeleteAsync(templateId, ifMatch.Version);
        return TypedResults.NoContent();
    }

    /// <summary>Renders the template for one customer exactly as it would be sent.</summary>
    public static async Task<Results<Ok<RenderedMessageResponse>, ProblemHttpResult>> PreviewAsync(
        int templateId, long? customerId, IClusterClient cluster, CurrentUser me)
    {
        if (customerId is not { } id)
        {
            var errors = new RequestErrors();
            errors.Add("customerId", "Choose the customer to preview for.");
            return TypedResults.Problem(errors.ToProblem());
        }

        return TypedResults.Ok(RenderedMessageResponse.From(await Templates(cluster, me).PreviewAsync(templateId, id)));
    }

    private static IMessageTemplateGrain Templates(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IMessageTemplateGrain>(me.Key(IMessageTemplateGrain.Id));

    private static TemplateInput? ToInput(TemplateRequest r) =>
        r.Name is null || r.Channel is null
            ? null
            : new TemplateInput(r.Name, r.Channel.Value, r.Subject, r.HtmlBody, r.TextBody, r.IsDynamic ?? false);

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Missing(TemplateRequest r)
    {
        var errors = new RequestErrors();
        errors.Required(r.Name, "name");
        errors.Required(r.Channel, "channel");
        return errors.ToProblem();
    }
}
