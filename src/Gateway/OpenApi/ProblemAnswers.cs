using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// The problem answers an operation can give, derived from what it is (the rules of docs/decisions.md, "The API
/// document"): one place, so a new endpoint is documented as the gateway's shared plumbing answers it.
/// </summary>
public static class ProblemAnswers
{
    public static readonly IReadOnlyDictionary<int, string> Descriptions = new Dictionary<int, string>
    {
        [400] = "The input is invalid: `errors` names each field (JSON member, query parameter or header) and the reason; nothing changed.",
        [401] = "Not signed in: the bearer token is missing, expired or not valid.",
        [403] = "Signed in, but the user's role lacks the grant this operation needs (or the operator key is wrong).",
        [404] = "No such record in this company (another company's ids answer the same).",
        [409] = "The record's state does not allow this; each operation that can answer 409 says when.",
        [412] = "If-Match names an older version: someone changed the record since it was read. Read it again and redo the change.",
        [415] = "The body is not `application/json`.",
        [422] = "This Idempotency-Key was already used for a different request.",
        [428] = "A required precondition header is missing: If-Match, or Idempotency-Key on an operation that moves money.",
        [429] = "Too many attempts, or the route's rate limit (`RateLimits:*`) for the user or the company is used up; `Retry-After` says when to try again.",
        [503] = "No silo can answer right now; `Retry-After` says when to retry (with the same Idempotency-Key, if any).",
    };

    public static SortedSet<int> For(EndpointTraits traits, ApiDescription description)
    {
        var statuses = new SortedSet<int>();
        if (TakesInput(description) || traits.TakesIfMatch || traits.TakesIdempotencyKey)
        {
            statuses.Add(400);
        }

        if (traits.SignedIn)
        {
            statuses.Add(401);
        }

        if (traits.NeedsGrant || traits.OperatorKey)
        {
            statuses.Add(403);
        }

        if (traits.HasRouteValues)
        {
            statuses.Add(404);
        }

        if (ConflictOperations.Describe(traits) is not null)
        {
            statuses.Add(409);
        }

        if (traits.HasBody)
        {
            statuses.Add(415);
        }

        if (traits.TakesIfMatch)
        {
            statuses.UnionWith([412, 428]);
        }

        if (traits.TakesIdempotencyKey)
        {
            statuses.UnionWith(traits.RequiresIdempotencyKey ? [422, 428] : [422]);
        }

        if (traits.CallsSilo)
        {
            statuses.Add(503);
        }

        if (traits.Name is { } name && Security.RateLimitedRoutes.GroupByOperation.ContainsKey(name))
        {
            statuses.Add(429);
        }

        return statuses;
    }

    // Integer ids in the route fail their route constraint (404), so only other input can be malformed.
    private static bool TakesInput(ApiDescription description) =>
        description.ParameterDescriptions.Any(p =>
            p.Source == BindingSource.Body || p.Source == BindingSource.Query || p.Source == BindingSource.Header
            || (p.Source == BindingSource.Path && p.Type != typeof(int) && p.Type != typeof(long)));
}
