using System.Globalization;
using SecurityTrax.Web.Api;
using SecurityTrax.Web.Session;

namespace SecurityTrax.Web.Forms;

/// <summary>Add Monthly Monitoring on a recurring invoice's template (If-Match of the template), and what to say of it.</summary>
public static class RecurringButton
{
    public static Task<ApiResult<RecurringButtonResult>> MonitoringAsync(ApiClient api, long recurringId, string etag) =>
        api.PostAsync<RecurringButtonResult>($"api/v1/recurring-invoices/{recurringId}/add-monitoring", null, ifMatch: etag);

    public static string Words(long recurringId, RecurringButtonResult result) =>
        result.AddedLineIds.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Monthly monitoring added to recurring invoice {recurringId}: every invoice it makes from now on carries it.")
            : result.Reason ?? "Nothing was added.";
}
