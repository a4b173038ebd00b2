using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SecurityTrax.Gateway.Http;

/// <summary>
/// PUT what you GET: a client may send back the representation it read. Members a PUT does not take (id, createdAt,
/// totals, an unchanged stage…) are compared with the record as it is now: equal, they are ignored; changed, they are
/// refused by name. They are never bound to anything, so nothing can be assigned through them (no mass assignment);
/// a member the representation does not have is refused as before.
/// </summary>
public sealed class ReadOnlyMembers
{
    public const string ReadOnlyReason = "This field is read-only: send it unchanged or leave it out.";

    public const string UnknownReason = "This field is not part of this request.";

    private readonly JsonElement _current;

    private ReadOnlyMembers(JsonElement current) => _current = current;

    /// <summary>The record as a GET shows it now, written with the API's own JSON settings.</summary>
    public static ReadOnlyMembers Of<T>(T representation, HttpContext http)
    {
        return new(JsonSerializer.SerializeToElement(representation, Options(http)));
    }

    /// <summary>A create has no representation to echo: any member it does not bind is refused, as before.</summary>
    public static void RefuseUnknown(IReadOnlyDictionary<string, JsonElement>? echoed)
    {
        if (echoed is null)
        {
            return;
        }

        var errors = new RequestErrors();
        foreach (var name in echoed.Keys)
        {
            errors.Add(name, UnknownReason);
        }

        throw new ProblemResponseException(errors.ToProblem());
    }

    /// <summary>Members sent where there is no representation to echo (a create, a row nested in one): each is refused by name.</summary>
    public static void AddUnknown(IReadOnlyDictionary<string, JsonElement>? echoed, RequestErrors errors, string prefix)
    {
        foreach (var name in echoed?.Keys ?? Enumerable.Empty<string>())
        {
            errors.Add(prefix + name, UnknownReason);
        }
    }

    /// <summary>
    /// The check of <see cref="CheckEchoed"/> in one step for a PUT whose If-Match is current (a stale one is left to
    /// answer 412): any member changed or unknown answers 400 naming it, before anything is written.
    /// </summary>
    public void Refuse(IReadOnlyDictionary<string, JsonElement>? echoed)
    {
        var errors = new RequestErrors();
        CheckEchoed(echoed, errors);
        if (errors.Any)
        {
            throw new ProblemResponseException(errors.ToProblem());
        }
    }

    /// <summary>Checks the members the request type did not bind (collected as extension data).</summary>
    public void CheckEchoed(IReadOnlyDictionary<string, JsonElement>? echoed, RequestErrors errors)
    {
        foreach (var (name, sent) in echoed ?? new Dictionary<string, JsonElement>())
        {
            if (_current.ValueKind != JsonValueKind.Object || !_current.TryGetProperty(name, out var now))
            {
                errors.Add(name, UnknownReason);
            }
            else if (!JsonElement.DeepEquals(now, sent))
            {
                errors.Add(name, ReadOnlyReason);
            }
        }
    }

    /// <summary>A member the request type binds but a PUT does not change: refused with <paramref name="reason"/> unless absent or unchanged.</summary>
    public void Check<TValue>(string name, TValue? sent, HttpContext http, RequestErrors errors, string reason)
    {
        if (sent is null)
        {
            return;
        }

        var written = JsonSerializer.SerializeToElement(sent, Options(http));
        if (_current.ValueKind != JsonValueKind.Object || !_current.TryGetProperty(name, out var now) || !JsonElement.DeepEquals(now, written))
        {
            errors.Add(name, reason);
        }
    }

    private static JsonSerializerOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
}
