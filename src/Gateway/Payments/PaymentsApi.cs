using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Invoices;
using SecurityTrax.Gateway.Tickets;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;

namespace SecurityTrax.Gateway.Payments;

public static class PaymentsApi
{
    public const string Resource = "payments";

    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/customers/{id:long}/payments", CreateAsync).WithTags("Payments")
            .RequireGrant(Resource, Grants.Create).RequireIdempotencyKey().WithName("CreatePayment");
        routes.MapPost("/api/v1/invoices/{invoiceId:long}/pay", PayInvoiceAsync).WithTags("Payments")
            .RequireGrant(Resource, Grants.Create).RequireIdempotencyKey().WithName("PayInvoice");
        routes.MapGet("/api/v1/customers/{id:long}/balance", BalanceAsync).WithTags("Payments")
            .RequireGrant(Customers.CustomersApi.Resource, Grants.View).WithName("GetCustomerBalance").WithSummary("What the customer owes over its open invoices, and how many are open.");
        routes.MapGet("/api/v1/payments", ListAsync).WithTags("Payments").RequireGrant(Resource, Grants.View).WithName("ListPayments");
        var group = routes.MapGroup("/api/v1/payments/{paymentId:long}").WithTags("Payments");
        group.MapGet("", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetPayment").WithSummary("One payment with applications, refunds and processing log, and its ETag.");
        group.MapPost("/applications", ApplyAsync).RequireGrant(Resource, Grants.Modify).RequireIdempotencyKey().WithName("ApplyPayment");
        group.MapDelete("/applications/{applicationId:int}", UnapplyAsync).RequireGrant(Resource, Grants.Modify).WithName("RemovePaymentApplication").WithSummary("Takes a payment off an invoice; the invoice's due reopens (If-Match: the payment's ETag).");
        group.MapPost("/refunds", RefundAsync).RequireGrant(Grants.PaymentsProcess).RequireIdempotencyKey().WithName("RefundPayment");
        group.MapPost("/process", ProcessAsync).RequireGrant(Grants.PaymentsProcess).RequireIdempotencyKey().WithName("ProcessPayment")
            .WithSummary("Processes a saved payment (If-Match: its ETag): charged now, or scheduled when its posting date is ahead.");
        group.MapPatch("", EditAsync).RequireGrant(Resource, Grants.Modify).WithName("EditPayment")
            .WithSummary("Changes the reference, note or desired posting date of a payment not yet processed (If-Match: its ETag).");
        group.MapPost("/void", VoidAsync).RequireGrant(Resource, Grants.View).RequireIdempotencyKey().WithName("VoidPayment");
        return routes;
    }

    /// <summary>Records a manual payment or processes one (needs <c>payments.process</c>; a credit also <c>payments.issue_credit</c>).</summary>
    public static async Task<Results<Created<PaymentResponse>, ProblemHttpResult, ForbidHttpResult>> CreateAsync(
        long id, CreatePaymentRequest request, IClusterClient cluster, CurrentUser me, HttpContext http)
    {
        var errors = new RequestErrors();
        var amount = errors.Required(request.Amount, "amount");
        var postingDate = NotesApi.ParseDate(request.PostingDate, errors, "postingDate");
        var applications = (request.Applications ?? []).Select((a, i) =>
            new ApplicationRequest(errors.Required(a?.InvoiceId, $"applications[{i}].invoiceId"), errors.Required(a?.Amount, $"applications[{i}].amount"))).ToArray();
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var payment = new NewPayment(id, request.Type ?? PaymentType.Sale, amount, BillingMethodIds.Key(request.BillingMethodId), request.ManualKind, postingDate,
            request.Reference, request.Note, request.EmailReceipt, request.ReceiptTo, applications, SaveOnly: request.ProcessNow == false);
        return await RecordAsync(payment, cluster, me, http);
    }

    /// <summary>A payment prefilled with the invoice's due (or <c>amount</c>) and applied to it.</summary>
    public static async Task<Results<Created<PaymentResponse>, ProblemHttpResult, ForbidHttpResult>> PayInvoiceAsync(
        long invoiceId, PayInvoiceRequest request, IClusterClient cluster, CurrentUser me, HttpContext http)
    {
        var errors = new RequestErrors();
        var postingDate = NotesApi.ParseDate(request.PostingDate, errors, "postingDate");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var invoice = await InvoicesApi.Invoice(cluster, me, invoiceId).GetAsync();
        if (request.Amount is null && invoice.Totals.Due == 0)
        {
            // The first line only: with an amount the invoice itself refuses (and the payment records nothing).
            var what = invoice.Type == InvoiceType.Invoice ? $"Invoice {invoiceId} is {invoice.Status.ToString().ToLowerInvariant()}" : $"{(invoice.Type == InvoiceType.Quote ? "Quote" : "Credit memo")} {invoiceId} is not an invoice";
            return TypedResults.Problem(ErrorResponses.Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Nothing is due on this invoice.", $"{what}; nothing is due, so nothing is charged."));
        }

        var amount = request.Amount ?? invoice.Totals.Due;
        var payment = new NewPayment(invoice.CustomerId, PaymentType.Sale, amount, BillingMethodIds.Key(request.BillingMethodId), request.ManualKind, postingDate,
            request.Reference, request.Note, request.EmailReceipt, request.ReceiptTo, [new ApplicationRequest(invoiceId, amount)], SaveOnly: request.ProcessNow == false);
        return await RecordAsync(payment, cluster, me, http);
    }

    public static async Task<Ok<PaymentResponse>> GetAsync(long paymentId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var payment = await Payment(cluster, me, paymentId).GetAsync();
        ETags.Set(response, payment.Version);
        return TypedResults.Ok(PaymentResponse.From(payment));
    }

    /// <summary>
    /// Voids a payment as of its ETag: a recorded one (needs <c>payments.delete</c>) is taken back, a processed one
    /// (needs <c>payments.process</c>) is cancelled at the processor while unsettled; its invoices are due again.
    /// </summary>
    public static async Task<Results<Ok<PaymentResponse>, ForbidHttpResult>> VoidAsync(
        long paymentId, VoidRequest? request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var grain = Payment(cluster, me, paymentId);
        var processed = (await grain.GetAsync()).Method is PaymentMethodKind.Card or PaymentMethodKind.BankAccount;
        var needed = PaymentGrants.ToVoid(processed);
        if (!me.Grants.Contains(needed))
        {
            // The 403 is written where the framework's are (StatusProblems): it names the grant from here.
            MissingGrants.Set(response.HttpContext, [needed]);
            return TypedResults.Forbid();
        }

        var voided = await grain.VoidAsync(ifMatch.Version, request?.Reason);
        ETags.Set(response, voided.Version);
        return TypedResults.Ok(PaymentResponse.From(voided));
    }

    /// <summary>Processes a saved payment once per Idempotency-Key; a repeat after a lost answer gets the payment as it is.</summary>
    public static async Task<Ok<PaymentResponse>> ProcessAsync(long paymentId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch) =>
        Answer(http.Response, await Payment(cluster, me, paymentId).ProcessAsync(OperationId(me, http), ifMatch.Version));

    public static async Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> EditAsync(
        long paymentId, EditPaymentRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var clear = request.PostingDate is { Length: 0 };
        var postingDate = clear ? null : NotesApi.ParseDate(request.PostingDate, errors, "postingDate");
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(response, await Payment(cluster, me, paymentId).EditAsync(new PaymentChanges(
                ifMatch.Version, request.Reference, request.Note, postingDate, clear, request.Amount, BillingMethodIds.Key(request.BillingMethodId))));
    }

    /// <summary>
    /// The company's payments: status, method (card, bank_account, cash, check, other), payment dates yyyy-MM-dd (from inclusive,
    /// to exclusive), customer; <c>unapplied=true</c> keeps those with money left to apply (each row's <c>unapplied</c>).
    /// </summary>
    public static async Task<Results<Ok<PaymentListResponse>, ProblemHttpResult>> ListAsync(
        IClusterClient cluster, CurrentUser me, string? status, string? method, string? from, string? to, long? customerId, string? cursor, int? limit,
        bool? unapplied = null)
    {
        var errors = new RequestErrors();
        var query = new PaymentListQuery(
            InvoicesApi.Parse<PaymentStatus>(status, errors, "status", "saved, scheduled, processing, succeeded, failed or voided"),
            InvoicesApi.Parse<PaymentMethodKind>(method?.Replace("_", "", StringComparison.Ordinal), errors, "method", "card, bank_account, cash, check or other"),
            NotesApi.ParseDate(from, errors, "from"), NotesApi.ParseDate(to, errors, "to"), customerId, cursor, limit ?? 50, unapplied ?? false);
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : TypedResults.Ok(PaymentListResponse.From(await cluster.GetGrain<IPaymentQueryGrain>(me.Key(IPaymentQueryGrain.Id)).ListAsync(query)));
    }

    public static async Task<Ok<CustomerBalanceResponse>> BalanceAsync(long id, IClusterClient cluster, CurrentUser me)
    {
        await Customers.CustomersApi.Customer(cluster, me, id).GetAsync(false);
        return TypedResults.Ok(CustomerBalanceResponse.From(await cluster.GetGrain<IInvoiceQueryGrain>(me.Key(IInvoiceQueryGrain.Id)).BalanceAsync(id)));
    }

    /// <summary>Applies part of the payment's unapplied amount to an invoice; the Idempotency-Key makes a retry apply once.</summary>
    public static async Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> ApplyAsync(
        long paymentId, ApplicationDto request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var invoiceId = errors.Required(request.InvoiceId, "invoiceId");
        var amount = errors.Required(request.Amount, "amount");
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(http.Response, await Payment(cluster, me, paymentId).ApplyAsync(OperationId(me, http), invoiceId, amount, ifMatch.Version));
    }

    public static async Task<Ok<PaymentResponse>> UnapplyAsync(
        long paymentId, int applicationId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await Payment(cluster, me, paymentId).RemoveApplicationNumberAsync(applicationId, ifMatch.Version));

    private static Ok<PaymentResponse> Answer(HttpResponse response, PaymentDetails payment)
    {
        ETags.Set(response, payment.Version);
        return TypedResults.Ok(PaymentResponse.From(payment));
    }

    /// <summary>Refunds all or part of a processed or recorded sale; answers the refund, a payment of its own.</summary>
    public static async Task<Created<PaymentResponse>> RefundAsync(
        long paymentId, RefundRequest request, IClusterClient cluster, CurrentUser me, HttpContext http)
    {
        var amount = request.Amount ?? (await Payment(cluster, me, paymentId).GetAsync()).Refundable;
        var refund = await Operation(cluster, me, http).RefundAsync(paymentId, amount, request.Reason);
        return TypedResults.Created($"/api/v1/payments/{refund.Id}", PaymentResponse.From(refund));
    }

    private static async Task<Results<Created<PaymentResponse>, ProblemHttpResult, ForbidHttpResult>> RecordAsync(
        NewPayment payment, IClusterClient cluster, CurrentUser me, HttpContext http)
    {
        // The payment grains check the same list again; here the 403 names what is missing before anything is asked.
        string[] missing = [.. PaymentGrants.ToRecord(payment).Where(g => !me.Grants.Contains(g)).Order(StringComparer.Ordinal)];
        if (missing.Length > 0)
        {
            MissingGrants.Set(http, missing);
            return TypedResults.Forbid();
        }

        var created = await Operation(cluster, me, http).RecordAsync(payment);
        return TypedResults.Created($"/api/v1/payments/{created.Id}", PaymentResponse.From(created));
    }

    /// <summary>The caller's Idempotency-Key (scoped to the user) is the money operation's id; these routes never run without one.</summary>
    public static string OperationId(CurrentUser me, HttpContext http) => $"{me.UserId}:{http.Request.Headers[IdempotencyMiddleware.Header]}";

    private static IPaymentOperationGrain Operation(IClusterClient cluster, CurrentUser me, HttpContext http) =>
        cluster.GetGrain<IPaymentOperationGrain>(me.Key(PaymentKeys.Operation(OperationId(me, http))));

    public static IPaymentGrain Payment(IClusterClient cluster, CurrentUser me, long paymentId) =>
        cluster.GetGrain<IPaymentGrain>(me.Key(PaymentKeys.Id(paymentId)));
}
