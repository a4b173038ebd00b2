using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.Sequences;

namespace SecurityTrax.Gateway.Messages;

public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/customers/{id:long}/messages", ListAsync).WithTags("Messages")
            .RequireGrant("messages", Grants.View).WithName("ListCustomerMessages");
        routes.MapPost("/api/v1/customers/{id:long}/messages", SendAsync).WithTags("Messages")
            .RequireGrant(Grants.MessagesSend).WithIdempotencyKey().WithName("SendMessage");
        var group = routes.MapGroup("/api/v1/messages/{messageId:long}").WithTags("Messages");
        group.MapGet("", GetAsync).RequireGrant("messages", Grants.View).WithName("GetMessage").WithSummary("One sent or received message with its delivery status.");
        group.MapPost("/resend", ResendAsync).RequireGrant(Grants.MessagesSend).WithIdempotencyKey().WithName("ResendMessage");
        return routes;
    }

    /// <summary>The customer's Messages tab: every message sent to them, newest first.</summary>
    public static async Task<Ok<MessagePageResponse>> ListAsync(long id, IClusterClient cluster, CurrentUser me, string? cursor, int? limit)
    {
        await CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var page = await cluster.GetGrain<IMessageQueryGrain>(me.Key(IMessageQueryGrain.Id)).ForCustomerAsync(id, cursor, limit ?? 50);
        return TypedResults.Ok(MessagePageResponse.From(page));
    }

    /// <summary>Sends a template or a one-off message to the customer; the answer carries the delivery status.</summary>
    public static async Task<Results<Created<MessageResponse>, ProblemHttpResult>> SendAsync(
        long id, SendMessageRequest request, IClusterClient cluster, CurrentUser me)
    {
        if (request.TemplateId is null && request.Channel is null)
        {
            var errors = new RequestErrors();
            errors.Add("templateId", "Choose a template, or a channel for a one-off message.");
            return TypedResults.Problem(errors.ToProblem());
        }

        var send = new SendMessage(
            id, request.Channel ?? MessageChannel.Email, request.TemplateId, null, request.Subject, request.HtmlBody,
            request.TextBody, request.To, null, null, null, RecordInvalidAsFailed: false);
        return Created(await SendNewAsync(cluster, me, send));
    }

    public static async Task<Ok<MessageResponse>> GetAsync(long messageId, IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok(MessageResponse.From(await (await MessageAsync(cluster, me, messageId)).GetAsync()));

    /// <summary>Sends a failed or unknown message again as a new message with the same content.</summary>
    public static async Task<Results<Created<MessageResponse>, ProblemHttpResult>> ResendAsync(
        long messageId, IClusterClient cluster, CurrentUser me)
    {
        var original = await (await MessageAsync(cluster, me, messageId)).GetAsync();
        if (original.Status is not (MessageStatus.Failed or MessageStatus.Unknown))
        {
            return TypedResults.Problem(ErrorResponses.Problem(
                StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Not resendable.",
                $"Message {messageId} is {original.Status.ToString().ToLowerInvariant()}; only failed or unknown messages are resent."));
        }

        var send = new SendMessage(
            original.CustomerId, original.Channel, null, null, original.Subject, original.Html, original.Text, original.To,
            null, null, null, RecordInvalidAsFailed: false);
        return Created(await SendNewAsync(cluster, me, send));
    }

    private static async Task<MessageDetails> SendNewAsync(IClusterClient cluster, CurrentUser me, SendMessage send)
    {
        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(SequenceKinds.Message))).NextAsync();
        return await cluster.GetGrain<IMessageGrain>(me.Key(number.ToString(CultureInfo.InvariantCulture))).SendAsync(send);
    }

    private static Created<MessageResponse> Created(MessageDetails message) =>
        TypedResults.Created($"/api/v1/messages/{message.Number}", MessageResponse.From(message));

    /// <summary>The message with this number: its grain key comes from the read model.</summary>
    /// <remarks>
    /// A message sent from the API is keyed by its own number, so one whose row is not written yet is still found;
    /// numbers come from one sequence, so a number never names two messages.
    /// </remarks>
    private static async Task<IMessageGrain> MessageAsync(IClusterClient cluster, CurrentUser me, long number)
    {
        if (number <= 0)
        {
            throw SecurityTraxException.NotFound($"Message {number}");
        }

        var key = await cluster.GetGrain<IMessageQueryGrain>(me.Key(IMessageQueryGrain.Id)).KeyOfAsync(number)
            ?? number.ToString(CultureInfo.InvariantCulture);
        return cluster.GetGrain<IMessageGrain>(me.Key(key));
    }
}
