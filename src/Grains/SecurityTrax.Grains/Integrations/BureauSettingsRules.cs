using SecurityTrax.Errors;

namespace SecurityTrax.Integrations;

/// <summary>Checks the HTTP bureau settings field by field; the API key may be left out only when one is stored.</summary>
public static class BureauSettingsRules
{
    public static BureauSettingsInput Check(BureauSettingsInput input, BureauRecord? current, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        var url = input.BaseUrl?.Trim() ?? "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            // A key must never travel in clear: plain http only to this machine (a local test bureau).
            errors.Add(new FieldError("baseUrl", "Use the bureau API's https address (no query, no user name)."));
        }

        var code = input.SubscriberCode?.Trim() ?? "";
        if (code.Length is 0 or > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(new FieldError("subscriberCode", "Use the subscriber code the bureau gave you (letters, digits and dashes, up to 40)."));
        }

        var key = string.IsNullOrWhiteSpace(input.ApiKey) ? null : input.ApiKey;
        if (key is null ? current is null : key.Length is < 12 or > 200 || key.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors.Add(new FieldError("apiKey", "Give the bureau's API key (12 to 200 characters, no spaces)."));
        }

        return input with { BaseUrl = url.TrimEnd('/'), SubscriberCode = code, ApiKey = key };
    }
}
