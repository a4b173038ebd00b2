using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.CreditReports;
using SecurityTrax.Customers;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>
/// Credit reports on a lead or customer. Customers take <c>credit_reports.run</c>/<c>.view</c>, leads
/// <c>lead_credit_reports.run</c>/<c>.view</c>; the record's stage decides which. A pull costs money, so it needs an
/// Idempotency-Key, which becomes its operation key: a retry never pulls twice.
/// </summary>
public static class CustomerCreditReportsApi
{
    public const string OutcomeUnknownType = ProblemTypes.Prefix + "credit-report-outcome-unknown";

    public const string LimitType = ProblemTypes.Prefix + "credit-report-limit";

    private static readonly string CustomerRun = Grants.CreditReportsRun;
    private static readonly string CustomerView = Grants.For("credit_reports", Grants.View);
    private static readonly string LeadView = Grants.For("lead_credit_reports", Grants.View);

    /// <summary>Reading reports takes the view or the run grant of either stage; the handler checks the record's and shows raw reports only with view.</summary>
    private static readonly string[] Readers = [LeadView, CustomerRun, Grants.LeadCreditReportsRun];

    public static IEndpointRouteBuilder MapCustomerCreditReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers/{id:long}/credit-reports").WithTags("Credit reports");
        group.MapPost("", RunAsync).RequireGrantOrNarrower(CustomerRun, Grants.LeadCreditReportsRun).RequireIdempotencyKey().WithName("RunCreditReport")
            .AnswersProblem(StatusCodes.Status429TooManyRequests, "The company's pulls for the day or the user's pulls for the hour are used up (`limit`); `Retry-After` says when to try again. Nothing was pulled.")
            .WithSummary("Runs a credit report with an approved bureau (needs the SSN and date of birth on file); 503 when the bureau's answer is unknown: retry with the same Idempotency-Key.");
        group.MapGet("", ListAsync).RequireAnyGrant(CustomerView, Readers).WithName("ListCreditReports")
            .WithSummary("The record's credit reports, newest first, with their count; `rawReport` only with the view grant of the record's stage.");
        group.MapGet("/{reportId:long}", GetAsync).RequireAnyGrant(CustomerView, Readers).WithName("GetCreditReport")
            .WithSummary("One credit report; `rawReport` only with the view grant of the record's stage.");
        group.MapPost("/{reportId:long}/apply", ApplyAsync).RequireGrant("customers", Grants.Modify).WithName("ApplyCreditScore")
            .WithSummary("Sets the customer's credit score and band from a completed report (If-Match: the customer's ETag); answers the customer.");
        return routes;
    }

    public static async Task<Results<Created<CreditReportResponse>, ProblemHttpResult>> RunAsync(
        long id, RunCreditReportRequest request, IClusterClient cluster, CurrentUser me, HttpContext http)
    {
        var errors = new RequestErrors();
        var bureau = errors.Required(request.Bureau, "bureau");
        var consent = request.Consent?.Method;
        if (consent is null)
        {
            errors.Add(request.Consent is null ? "consent" : "consent.method", "Say how the subject consented: signed, verbal or online.");
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var (run, view) = await GrantsForAsync(cluster, me, id);
        if (!me.Grants.Contains(run))
        {
            return TypedResults.Problem(MissingGrants.Problem(run));
        }

        var key = http.Request.Headers[IdempotencyMiddleware.Header].ToString();
        var result = await Book(cluster, me, id).RunAsync(new CreditPullInput(OperationKey(me, key), bureau, consent!.Value), me.Grants.Contains(view));
        if (result.Refused is { } refused)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(refused.RetryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var limited = ErrorResponses.Problem(StatusCodes.Status429TooManyRequests, LimitType, "Too many credit reports.",
                refused.Limit == "company_daily_quota" ? "The company's credit reports for today are used up." : "You have run as many credit reports as allowed in an hour.");
            limited.Extensions["limit"] = refused.Limit;
            return TypedResults.Problem(limited);
        }

        var report = result.Report!;
        if (report.Outcome == CreditReportOutcome.Unknown)
        {
            // Not a final answer, so the idempotency store keeps no copy: the retry reaches the grain, which asks the bureau.
            http.Response.Headers.RetryAfter = SiloOutage.RetryAfterSeconds;
            var problem = ErrorResponses.Problem(StatusCodes.Status503ServiceUnavailable, OutcomeUnknownType, "The bureau's answer is unknown.",
                $"Credit report {report.Id} is recorded as unknown ({report.Reason}). Retry with the same Idempotency-Key: the bureau is asked about this pull first, and it is never pulled twice.");
            problem.Extensions["reportId"] = report.Id;
            return TypedResults.Problem(problem);
        }

        return TypedResults.Created(
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/customers/{id}/credit-reports/{report.Id}"), CreditReportResponse.From(report));
    }

    public static async Task<Results<Ok<CreditReportListResponse>, ProblemHttpResult>> ListAsync(long id, IClusterClient cluster, CurrentUser me)
    {
        var (refused, raw) = await ReaderAsync(cluster, me, id);
        if (refused is not null)
        {
            return TypedResults.Problem(refused);
        }

        var reports = await Book(cluster, me, id).ListAsync(includeRawReports: raw);
        return TypedResults.Ok(new CreditReportListResponse([.. reports.Select(CreditReportResponse.From)], reports.Length));
    }

    public static async Task<Results<Ok<CreditReportResponse>, ProblemHttpResult>> GetAsync(long id, long reportId, IClusterClient cluster, CurrentUser me)
    {
        var (refused, raw) = await ReaderAsync(cluster, me, id);
        if (refused is not null)
        {
            return TypedResults.Problem(refused);
        }

        return TypedResults.Ok(CreditReportResponse.From(await Book(cluster, me, id).GetAsync(reportId, includeRawReport: raw)));
    }

    /// <summary>Takes <c>customers.modify</c> and the run or view grant of the record's stage: whoever may read the report may put its score on the profile.</summary>
    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> ApplyAsync(
        long id, long reportId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var (refused, _) = await ReaderAsync(cluster, me, id);
        if (refused is not null)
        {
            return TypedResults.Problem(refused);
        }

        var customer = await Book(cluster, me, id).ApplyScoreAsync(reportId, ifMatch.Version, CustomersApi.CanSeeConfidential(me));
        return CustomersApi.Answer(response, customer);
    }

    /// <summary>The 403 for a caller holding neither the view nor the run grant of the record's stage, and whether raw reports are shown (view).</summary>
    private static async Task<(Microsoft.AspNetCore.Mvc.ProblemDetails? Refused, bool Raw)> ReaderAsync(IClusterClient cluster, CurrentUser me, long id)
    {
        var (run, view) = await GrantsForAsync(cluster, me, id);
        var raw = me.Grants.Contains(view);
        return (raw || me.Grants.Contains(run) ? null : MissingGrants.Problem(view), raw);
    }

    /// <summary>The run and view grants of the record's stage (404 for an unknown record).</summary>
    private static async Task<(string Run, string View)> GrantsForAsync(IClusterClient cluster, CurrentUser me, long id)
    {
        var customer = await cluster.GetGrain<ICustomerGrain>(Key(me, id)).GetAsync(revealConfidential: false);
        return customer.Stage == CustomerStage.Lead ? (Grants.LeadCreditReportsRun, LeadView) : (CustomerRun, CustomerView);
    }

    /// <summary>Keys are the user's own: two users' equal keys are different pulls.</summary>
    private static string OperationKey(CurrentUser me, string key) =>
        "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{me.UserId}\n{key}")))[..32];

    private static ICreditReportBookGrain Book(IClusterClient cluster, CurrentUser me, long id) => cluster.GetGrain<ICreditReportBookGrain>(Key(me, id));

    private static string Key(CurrentUser me, long id) => me.Key(id.ToString(CultureInfo.InvariantCulture));
}
