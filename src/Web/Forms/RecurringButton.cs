using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms;

/// <summary>
/// The invoice editor's buttons on a recurring invoice's template (If-Match of the template), and what to say of them:
/// Add Monthly Monitoring adds a line; Add Activation Fee and Add Unpaid Equipment mark one-time charges for the next
/// invoice it makes.
/// </summary>
public static class RecurringButton
{
    public const string ActivationFee = "activation_fee";

    public const string UnpaidEquipment = "unpaid_equipment";

    public static Task<ApiResult<RecurringButtonResult>> MonitoringAsync(ApiClient api, long recurringId, string etag) =>
        api.PostAsync<RecurringButtonResult>($"api/v1/recurring-invoices/{recurringId}/add-monitoring", null, ifMatch: etag);

    /// <summary>Marks <paramref name="kind"/> (<see cref="ActivationFee"/> or <see cref="UnpaidEquipment"/>) for the next invoice.</summary>
    public static Task<ApiResult<RecurringButtonResult>> MarkAsync(ApiClient api, long recurringId, string kind, string etag) =>
        api.PostAsync<RecurringButtonResult>($"api/v1/recurring-invoices/{recurringId}/add-{kind.Replace('_', '-')}", null, ifMatch: etag);

    public static Task<ApiResult<RecurringCreated>> UnmarkAsync(ApiClient api, long recurringId, string kind, string etag) =>
        api.DeleteAsync<RecurringCreated>($"api/v1/recurring-invoices/{recurringId}/pending-items/{kind}", etag);

    public static string Words(long recurringId, RecurringButtonResult result) =>
        result.AddedLineIds.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Monthly monitoring added to recurring invoice {recurringId}: every invoice it makes from now on carries it.")
            : result.Reason ?? "Nothing was added.";

    /// <summary>A mark is said as what the next invoice will carry; a refusal is the API's reason.</summary>
    public static string MarkWords(long recurringId, string kind, RecurringButtonResult result) =>
        result.Reason ?? string.Create(CultureInfo.InvariantCulture, $"{Label(kind)} goes on the next invoice recurring invoice {recurringId} makes, once.");

    /// <summary>"Activation fee", "Unpaid equipment".</summary>
    public static string Label(string kind) => kind switch
    {
        ActivationFee => "Activation fee",
        UnpaidEquipment => "Unpaid equipment",
        _ => kind,
    };
}
