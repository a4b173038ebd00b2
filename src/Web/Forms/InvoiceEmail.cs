using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms;

/// <summary>Save &amp; Email's message: the address it goes to (the record's email unless another is typed) and its key.</summary>
public sealed class InvoiceEmail
{
    /// <summary>Carries a typed address over to a new invoice's own page, where the email is sent once it is stored.</summary>
    public const string ToParameter = "to";

    // One key per email meant: a double click or a retry sends one message; a later Save & Email sends another.
    private readonly RequestKey _key = new();

    public string? To { get; set; }

    public async Task<ApiResult<MessageSummary>> SendAsync(ApiClient api, long invoiceId)
    {
        var sent = await api.PostAsync<MessageSummary>(
            $"api/v1/invoices/{invoiceId}/email", new EmailInvoiceInput(AddressForm.Clean(To)), idempotencyKey: _key.Value);
        _key.After(sent);
        return sent;
    }

    /// <summary>The address part of a new invoice's <c>?then=email</c> address, empty when nothing is typed.</summary>
    public string Query() => string.IsNullOrWhiteSpace(To) ? "" : $"&{ToParameter}={Uri.EscapeDataString(To.Trim())}";

    /// <summary>The address a new invoice's page was given to send to, if any.</summary>
    public static string? ToIn(string uri)
    {
        var prefix = ToParameter + "=";
        var to = new Uri(uri).Query.TrimStart('?').Split('&').FirstOrDefault(q => q.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        return to is null ? null : Uri.UnescapeDataString(to);
    }
}
