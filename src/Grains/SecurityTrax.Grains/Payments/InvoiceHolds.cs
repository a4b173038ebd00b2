using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Payments;

/// <summary>
/// The holds a payment takes on invoices before it charges or records anything: every application it asks for is checked
/// (and its amount held) by the invoice itself first, so a refused one means nothing is charged or recorded, and two
/// payments racing for one due never both take it. Hold ids are the ids the applications are later made under, derived
/// from the payment number its operation stored, so a retry after a crash finds the same holds.
/// </summary>
public sealed class InvoiceHolds(IGrainFactory grains, string tenant, long payment)
{
    public static string Id(long payment, int index) => $"p{PaymentKeys.Id(payment)}-a{index + 1}";

    /// <summary>Holds every application or none: a refusal releases the holds taken before it and names the refused part.</summary>
    public async Task HoldAllAsync(long customerId, IReadOnlyList<ApplicationRequest> applications)
    {
        for (var i = 0; i < applications.Count; i++)
        {
            try
            {
                await HoldAsync(Id(payment, i), customerId, applications[i].InvoiceId, applications[i].Amount);
            }
            catch (SecurityTraxException e)
            {
                await ReleaseAllAsync(applications.Take(i).ToList());
                throw Refused(e, $"applications[{i}].");
            }
        }
    }

    public Task HoldAsync(string applicationId, long customerId, long invoiceId, decimal amount) =>
        Invoice(invoiceId).HoldAsync(applicationId, payment, customerId, amount);

    public async Task ReleaseAllAsync(IReadOnlyList<ApplicationRequest> applications)
    {
        for (var i = 0; i < applications.Count; i++)
        {
            await ReleaseAsync(applications[i].InvoiceId, Id(payment, i));
        }
    }

    public Task ReleaseAsync(long invoiceId, string applicationId) => Invoice(invoiceId).ReleaseHoldAsync(applicationId);

    /// <summary>An invoice's refusal as the request's own field: <c>{prefix}amount</c> for the amount, <c>{prefix}invoiceId</c> otherwise.</summary>
    public static SecurityTraxException Refused(SecurityTraxException e, string prefix)
    {
        var amount = e.Fields.FirstOrDefault(f => f.Field == "amount");
        var field = prefix + (amount is null ? "invoiceId" : "amount");
        // An invoice that does not exist is a bad reference in this request, not a missing resource of its own.
        var kind = e.Kind == ErrorKind.NotFound ? ErrorKind.Validation : e.Kind;
        return new SecurityTraxException(kind, e.Message, [new FieldError(field, amount?.Reason ?? e.Message)]);
    }

    private IInvoicePaymentsGrain Invoice(long number) => grains.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(number)));
}
