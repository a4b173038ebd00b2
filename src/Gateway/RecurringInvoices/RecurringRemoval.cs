using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Invoices;
using SecurityTrax.Identity;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>
/// <c>?recurring=switch_to_default|stop</c> on removing a billing method or deleting a customer: what becomes of the active
/// recurring invoices that depend on it. Without it, such a removal answers 409 naming them and changes nothing.
/// </summary>
public static class RecurringRemoval
{
    public const string Parameter = "recurring";

    public const string MethodDescription =
        "What becomes of active recurring invoices that name this method: switch_to_default or stop. Without it, 409 naming them.";

    public const string CustomerDescription =
        "What becomes of the customer's active recurring invoices: stop. Without it, 409 naming them.";

    public static RecurringFollowUp Parse(string? value, RequestErrors errors)
    {
        switch (value)
        {
            case null:
                return RecurringFollowUp.Refuse;
            case "switch_to_default":
                return RecurringFollowUp.SwitchToDefault;
            case "stop":
                return RecurringFollowUp.Stop;
            default:
                errors.Add(Parameter, "Use switch_to_default or stop.");
                return RecurringFollowUp.Refuse;
        }
    }

    /// <summary>Applies the caller's choice to the dependent recurring invoices; without a choice, the 409 that names them (if any).</summary>
    public static async Task<ProblemDetails?> FollowUpAsync(
        IClusterClient cluster, CurrentUser me, long customerId, string? methodId, RecurringFollowUp followUp)
    {
        // Stopping recurring invoices is deleting them: it takes the grant that deleting one takes.
        if (followUp == RecurringFollowUp.Stop && !me.Grants.Contains(Grants.For(RecurringInvoicesApi.Resource, Grants.Delete)))
        {
            throw new ProblemResponseException(MissingGrants.Problem(Grants.For(RecurringInvoicesApi.Resource, Grants.Delete)));
        }

        var ids = await cluster.GetGrain<IRecurringInvoiceQueryGrain>(me.Key(IRecurringInvoiceQueryGrain.Id))
            .FollowUpRemovalAsync(customerId, methodId, followUp);
        if (followUp != RecurringFollowUp.Refuse || ids.Length == 0)
        {
            return null;
        }

        var what = methodId is null ? $"customer {customerId}" : $"billing method {methodId}";
        var problem = ErrorResponses.Problem(
            StatusCodes.Status409Conflict, ProblemTypes.RecurringInvoicesActive, "Active recurring invoices depend on this.",
            $"Recurring invoices {string.Join(", ", ids)} depend on {what}; repeat with ?{Parameter}=" +
            (methodId is null ? "stop" : "switch_to_default or ?recurring=stop") + ".");
        problem.Extensions["recurringInvoiceIds"] = ids;
        return problem;
    }
}
