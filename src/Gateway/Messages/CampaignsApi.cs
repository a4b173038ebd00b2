using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.Sequences;

namespace SecurityTrax.Gateway.Messages;

public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/campaigns").WithTags("Campaigns");
        group.MapGet("", ListAsync).RequireGrant("messages", Grants.View).WithName("ListCampaigns");
        group.MapPost("", CreateAsync).RequireGrant(Grants.CampaignsRun).WithIdempotencyKey().WithName("CreateCampaign");
        group.MapGet("/{campaignId:long}", GetAsync).RequireGrant("messages", Grants.View).WithName("GetCampaign");
        group.MapPost("/{campaignId:long}/cancel", CancelAsync).RequireGrant(Grants.CampaignsRun).WithName("CancelCampaign").WithSummary("Stops a running campaign: messages not yet sent are not sent.");
        return routes;
    }

    /// <summary>The company's campaigns, newest first, with status and messages by status.</summary>
    public static async Task<Ok<CampaignPageResponse>> ListAsync(IClusterClient cluster, CurrentUser me, string? cursor, int? limit) =>
        TypedResults.Ok(CampaignPageResponse.From(
            await cluster.GetGrain<IMessageQueryGrain>(me.Key(IMessageQueryGrain.Id)).CampaignsAsync(cursor, limit ?? 50)));

    /// <summary>Starts a campaign now, or schedules it for <c>sendAt</c>.</summary>
    public static async Task<Results<Created<CampaignResponse>, ProblemHttpResult>> CreateAsync(
        CampaignRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var name = errors.Required(request.Name, "name");
        var templateId = errors.Required(request.TemplateId, "templateId");
        var audience = errors.Required(request.Audience, "audience");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(SequenceKinds.Campaign))).NextAsync();
        var created = await Campaign(cluster, me, number).CreateAsync(
            new CampaignInput(name, templateId, new CampaignAudience(audience.Tag, audience.Stage, audience.CustomerIds), request.SendAt));
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/campaigns/{created.Id}", CampaignResponse.From(created));
    }

    /// <summary>The campaign with its progress: messages by status, recipients reached, recipients skipped.</summary>
    public static async Task<Ok<CampaignResponse>> GetAsync(long campaignId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var campaign = await Campaign(cluster, me, campaignId).GetAsync();
        ETags.Set(response, campaign.Version);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }

    public static async Task<Ok<CampaignResponse>> CancelAsync(
        long campaignId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var campaign = await Campaign(cluster, me, campaignId).CancelAsync(ifMatch.Version);
        ETags.Set(http.Response, campaign.Version);
        return TypedResults.Ok(CampaignResponse.From(campaign));
    }

    private static ICampaignGrain Campaign(IClusterClient cluster, CurrentUser me, long id) =>
        cluster.GetGrain<ICampaignGrain>(me.Key(id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
