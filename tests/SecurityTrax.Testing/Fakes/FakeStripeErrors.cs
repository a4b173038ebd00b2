using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>Stripe's error bodies: <c>{"error": {"type", "code", "message", "param", …}}</c>.</summary>
internal static class FakeStripeErrors
{
    public static FakeStripeResponse Error(int status, JsonObject error) =>
        new(status, new JsonObject { ["error"] = error }.ToJsonString());

    public static JsonObject Body(string type, string message, string? code = null, string? param = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}";
        }

        if (param is not null)
        {
            error["param"] = param;
        }

        return error;
    }

    public static FakeStripeRejection Invalid(string message, string? param = null, string? code = null) =>
        new(Error(400, Body("invalid_request_error", message, code, param)));

    public static FakeStripeRejection MissingParameter(string param) =>
        Invalid($"Missing required param: {param}.", param, "parameter_missing");

    public static FakeStripeRejection NoSuch(string type, string id, string param)
    {
        var kind = type switch
        {
            "payment_method" => "PaymentMethod",
            "setup_intent" => "setupintent",
            _ => type,
        };
        return new(Error(404, Body("invalid_request_error", $"No such {kind}: '{id}'", "resource_missing", param)));
    }

    /// <summary>The <c>card_error</c> a declined test method produces (also a payment intent's <c>last_payment_error</c>).</summary>
    public static JsonObject CardError(FakeStripeTestMethod method, JsonObject paymentMethod, string? chargeId)
    {
        var (code, message) = method.DeclineCode switch
        {
            "authentication_required" => ("authentication_required", "Your card was declined. This transaction requires authentication."),
            "insufficient_funds" => ("card_declined", "Your card has insufficient funds."),
            _ => ("card_declined", "Your card was declined."),
        };
        var error = Body("card_error", message, code);
        error["decline_code"] = method.DeclineCode;
        error["charge"] = chargeId;
        error["payment_method"] = paymentMethod.DeepClone();
        return error;
    }

    public static FakeStripeResponse IdempotencyKeyReused(string key) => Error(400, Body(
        "idempotency_error",
        "Keys for idempotent requests can only be used with the same parameters they were first used with. "
        + $"Try using a key other than '{key}' if you meant to execute a different request."));

    public static FakeStripeResponse Unauthorized(string message) => Error(401, Body("invalid_request_error", message));

    /// <summary>Stripe's answers to a key that was rolled (401) or is restricted without the permission (403).</summary>
    public static FakeStripeResponse KeyRefused(int status, string apiKey)
    {
        var masked = $"{apiKey[..Math.Min(8, apiKey.Length)]}********{apiKey[Math.Max(0, apiKey.Length - 4)..]}";
        return status == 403
            ? Error(403, Body("invalid_request_error", $"The provided key '{masked}' does not have the required permissions for this endpoint.", "secret_key_required"))
            : Error(401, Body("invalid_request_error", $"Expired API Key provided: {masked}", "api_key_expired"));
    }

    public static FakeStripeResponse UnknownUrl(string method, string path) => Error(404, Body(
        "invalid_request_error",
        $"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/."));

    public static string Dollars(long cents) => (cents / 100m).ToString("C", CultureInfo.GetCultureInfo("en-US"));
}
