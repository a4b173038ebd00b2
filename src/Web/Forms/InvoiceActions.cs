using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms;

/// <summary>What the editor does to a stored invoice after saving it: press one of its buttons, or email it.</summary>
public sealed class InvoiceActions(ApiClient api)
{
    public const string UnpaidEquipment = "add-unpaid-equipment";
    public const string ActivationFee = "add-activation-fee";
    public const string Monitoring = "add-monitoring";
    public const string Email = "email";
    public const string Print = "print";

    /// <summary>The actions a new invoice may be asked to do once it is stored (the address carries them over).</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { UnpaidEquipment, ActivationFee, Monitoring, Email, Print };

    public static bool IsButton(string action) => action is UnpaidEquipment or ActivationFee or Monitoring;

    public Task<ApiResult<InvoiceButtonResult>> PressAsync(long invoiceId, string button, string etag) =>
        api.PostAsync<InvoiceButtonResult>($"api/v1/invoices/{invoiceId}/{button}", null, etag);

    /// <summary>What a button's answer says on screen: how many rows it added, or the API's reason for adding none.</summary>
    public static string Outcome(InvoiceButtonResult result) => result.AddedLineIds.Length switch
    {
        0 => result.Reason ?? "Nothing was added.",
        1 => "Added 1 row.",
        var n => $"Added {n} rows.",
    };

    public static string Outcome(MessageSummary message) =>
        $"Emailed to {message.To}: {message.Status}{(message.Reason is { } why ? $" ({why})" : "")}.";

    /// <summary>The action a new invoice's address carries over (<c>?then=email</c>), if it is one of <see cref="All"/>.</summary>
    public static string? PendingIn(string uri)
    {
        var then = new Uri(uri).Query.TrimStart('?').Split('&').FirstOrDefault(q => q.StartsWith("then=", StringComparison.Ordinal))?["then=".Length..];
        return then is not null && All.Contains(then) ? then : null;
    }
}
