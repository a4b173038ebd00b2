namespace SecurityTrax.Gateway.Tests.ApiDocument;

/// <summary>
/// What every operation of the document must declare, judged from what the operation is (route, body, headers, security):
/// the same rules the gateway's document transformers follow, checked from the outside.
/// </summary>
public static class DocumentRules
{
    /// <summary>Operations anyone may call, with the reason; every other operation must require the bearer token.</summary>
    public static readonly IReadOnlyDictionary<string, string> Anonymous = new Dictionary<string, string>
    {
        ["SignIn"] = "gives the token",
        ["RefreshToken"] = "renews the token with the refresh token",
        ["SignOut"] = "revokes the refresh token it is given",
        ["Liveness"] = "probes",
        ["Readiness"] = "probes",
        ["CreateTenant"] = "operator key",
        ["ListTenants"] = "operator key",
        ["ListPlatformCreditBureauRequests"] = "operator key",
        ["ApproveCreditBureauRequest"] = "operator key",
        ["RefuseCreditBureauRequest"] = "operator key",
        ["StripeWebhook"] = "signed by Stripe",
        ["TwilioStatusCallback"] = "signed by Twilio",
        ["TwilioInboundMessage"] = "signed by Twilio",
        ["TechnicianCalendarFeed"] = "the signed link is the key (phone calendars send no sign-in)",
        ["GetPortal"] = "the customer portal: the pay link is the key",
        ["GetPortalLogo"] = "the customer portal: the pay link is the key",
        ["GetPortalInvoicePdf"] = "the customer portal: the pay link is the key",
        ["GetPortalPayment"] = "the customer portal: the pay link is the key",
        ["PayInPortal"] = "the customer portal: the pay link is the key",
        ["RequestPortalCode"] = "the customer portal's sign-in: a one-time code to an address on file",
        ["SignInToPortal"] = "the customer portal's sign-in: the one-time code is the key",
    };

    /// <summary>Signed in, but open to every user: no grant, so no 403.</summary>
    public static readonly IReadOnlySet<string> NoGrant = new HashSet<string> { "GetMe", "ReadMyNotifications", "GetMyReadMark", "MarkMyNotificationsRead" };

    public static IEnumerable<string> Check(DocumentedOperation operation)
    {
        var id = operation.Id ?? operation.Route;
        if (operation.Id is null)
        {
            yield return $"{operation.Route}: no operationId (WithName).";
        }

        if (string.IsNullOrWhiteSpace(operation.Summary))
        {
            yield return $"{id}: no summary.";
        }

        var statuses = operation.Statuses;
        var successes = statuses.Where(s => s[0] == '2').ToList();
        if (successes.Count == 0)
        {
            yield return $"{id}: no success answer.";
        }

        // Provider webhooks speak the provider's protocol (an empty 200 for Stripe): only their refusals are ours.
        if (operation.Path.StartsWith("/webhooks/", StringComparison.Ordinal))
        {
            foreach (var failure in NotProblems(operation, id))
            {
                yield return failure;
            }

            yield break;
        }

        foreach (var success in successes.Where(s => s != "204" && !operation.HasContent(s)))
        {
            yield return $"{id}: its {success} answer has no schema.";
        }

        var secured = !Anonymous.ContainsKey(id);
        if (secured != operation.SecuritySchemes.Contains("Bearer"))
        {
            yield return secured ? $"{id}: no bearer security requirement." : $"{id}: anonymous, yet requires the bearer token.";
        }

        foreach (var status in ImpliedProblems(operation, secured && !NoGrant.Contains(id), secured).Where(s => !statuses.Contains(s)))
        {
            yield return $"{id}: its kind implies a {status} answer, which is not documented.";
        }

        foreach (var failure in NotProblems(operation, id))
        {
            yield return failure;
        }
    }

    private static IEnumerable<string> NotProblems(DocumentedOperation operation, string id) =>
        operation.Statuses.Where(s => s[0] is '4' or '5' && !operation.HasProblemContent(s))
            .Select(status => $"{id}: its {status} answer is not an application/problem+json ProblemDetails.");

    private static IEnumerable<string> ImpliedProblems(DocumentedOperation operation, bool needsGrant, bool secured)
    {
        var ifMatch = operation.HeaderParameter("If-Match");
        var key = operation.HeaderParameter("Idempotency-Key");
        if (secured)
        {
            yield return "401";
        }

        if (needsGrant)
        {
            yield return "403";
        }

        if (operation.Path.Contains('{', StringComparison.Ordinal))
        {
            yield return "404";
        }

        if (operation.HasRequestBody)
        {
            yield return "400";
            yield return "415";
        }

        if (ifMatch is not null)
        {
            yield return "412";
            yield return "428";
        }

        if (key is not null)
        {
            yield return "409";
            yield return "422";
        }

        if (key == true)
        {
            yield return "428";
        }

        if (operation.Id != "Liveness")
        {
            yield return "503";
        }
    }
}
