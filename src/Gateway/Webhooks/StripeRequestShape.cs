using System.Globalization;
using System.Text.Json;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>
/// What a Stripe delivery must look like before any company is asked about it: a <c>Stripe-Signature</c> header of
/// the form <c>t=…,v1=…</c> and a body that is one JSON object in UTF-8. Every genuine event has both, and what this
/// names depends only on the request, so it tells a caller nothing it did not send.
/// </summary>
public static class StripeRequestShape
{
    public const string SignatureHeader = "Stripe-Signature";

    /// <summary>The malformed part and why, or null when the request has the shape of an event.</summary>
    public static (string Field, string Reason)? Check(byte[] body, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return (SignatureHeader, "Stripe signs every event: the header is required.");
        }

        if (!WellFormed(signature))
        {
            return (SignatureHeader, "Expected t=<unix time>,v1=<signature>.");
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object ? null : ("body", "An event is a JSON object.");
        }
        catch (JsonException)
        {
            return ("body", "The body is not valid JSON in UTF-8.");
        }
    }

    private static bool WellFormed(string signature)
    {
        bool time = false, signed = false;
        foreach (var part in signature.Split(','))
        {
            var (key, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (part[..at].Trim(), part[(at + 1)..].Trim()) : ("", "");
            time |= key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            signed |= key == "v1" && value.Length > 0;
        }

        return time && signed;
    }
}
