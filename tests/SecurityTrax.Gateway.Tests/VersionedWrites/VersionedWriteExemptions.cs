namespace SecurityTrax.Gateway.Tests.VersionedWrites;

/// <summary>
/// The write routes that do not take If-Match, each with its reason. Everything else in the OpenAPI document must:
/// keep this list short, and justify every entry.
/// </summary>
public static class VersionedWriteExemptions
{
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Signing in and out: no record is written on the caller's behalf.
        ["POST /api/v1/auth/token"] = "sign-in",
        ["POST /api/v1/auth/refresh"] = "sign-in",
        ["POST /api/v1/auth/logout"] = "sign-in",

        // The platform operator creates companies; there is nothing to have read before.
        ["POST /api/v1/platform/tenants"] = "operator create",

        // The operator decides a company's bureau request once: the other decision afterwards is a 409, the same one
        // answers the stored decision, so there is no lost update for If-Match to prevent (issue 19).
        ["POST /api/v1/platform/credit-bureau-requests/{tenant}/{requestId}/approve"] = "operator decision, once",
        ["POST /api/v1/platform/credit-bureau-requests/{tenant}/{requestId}/refuse"] = "operator decision, once",

        // Provider callbacks, signed by the provider; they carry no ETag of ours.
        ["POST /webhooks/stripe/{tenant}"] = "webhook",
        ["POST /webhooks/twilio/{tenant}/status"] = "webhook",
        ["POST /webhooks/twilio/{tenant}/inbound"] = "webhook",

        // The inbox read mark only moves forward (the highest mark sent wins), so two tabs cannot undo each other:
        // there is no lost update for If-Match to prevent.
        ["POST /api/v1/me/notifications/read"] = "forward-only mark",

        // Creates: each makes a new record (201 with its own ETag) and overwrites nothing; a repeat is
        // answered once through Idempotency-Key.
        ["POST /api/v1/customers"] = "create",
        ["POST /api/v1/credit-bureaus/requests"] = "create",
        ["POST /api/v1/customers/{id}/credit-reports"] = "create (a pull; the record itself is not changed)",
        ["POST /api/v1/customers/{id}/contacts"] = "create",
        ["POST /api/v1/customers/{id}/contacts/from-agency"] = "create",
        ["POST /api/v1/agencies"] = "create",
        ["POST /api/v1/agencies/import"] = "create",
        ["POST /api/v1/customers/{id}/equipment"] = "create",
        ["POST /api/v1/customers/{id}/equipment/packages"] = "create",
        ["POST /api/v1/customers/{id}/invoices"] = "create",
        ["POST /api/v1/customers/{id}/recurring-invoices"] = "create",
        ["POST /api/v1/customers/{id}/notes"] = "create",
        ["POST /api/v1/customers/{id}/billing-methods"] = "create",
        ["POST /api/v1/customers/{id}/messages"] = "create",
        ["POST /api/v1/messages/{messageId}/resend"] = "create (a new message with the same content)",
        ["POST /api/v1/invoices/{invoiceId}/email"] = "create (a message; the invoice is not changed)",
        ["POST /api/v1/catalog/items"] = "create",
        ["POST /api/v1/catalog/equipment"] = "create",
        ["POST /api/v1/catalog/packages"] = "create",
        ["POST /api/v1/catalog/tax-rates"] = "create",
        ["POST /api/v1/message-templates"] = "create",
        ["POST /api/v1/campaigns"] = "create",
        ["POST /api/v1/roles"] = "create",
        ["POST /api/v1/users"] = "create",
        ["POST /api/v1/note-types"] = "create (a name in the company's list; adding one twice changes nothing)",
        ["POST /api/v1/technicians"] = "create (a user becomes a technician; a second time answers 409)",
        ["POST /api/v1/customers/{id}/appointments"] = "create",
        ["POST /api/v1/appointment-types"] = "create (a name in the company's list; adding one twice changes nothing)",
        ["POST /api/v1/customers/{id}/pay-links"] = "create (a new link; a link never changes but by revocation)",
        ["POST /api/v1/invoices/{invoiceId}/pay-links"] = "create (a new link; a link never changes but by revocation)",
        ["POST /api/v1/portal/{company}/codes"] = "create (a new one-time code replaces the address's last one; no record is edited)",
        ["POST /api/v1/portal/{company}/sessions"] = "create (a right code makes a new short-lived pay link; the code opens once)",
        ["POST /api/v1/customers/{id}/files"] = "create (a multipart upload; every file in it is new, a taken name becomes \"name (2)\")",

        // Adds each invoiced piece of equipment once, whatever was read before; a repeat adds nothing.
        ["POST /api/v1/customers/{id}/equipment/from-invoices"] = "idempotent by content",

        // Starts a processor setup intent for Stripe.js; the customer's billing methods do not change.
        ["POST /api/v1/customers/{id}/billing-methods/setup"] = "changes no record",

        // Computes a schedule and stores nothing.
        ["POST /api/v1/recurring-invoices/preview"] = "changes no record",

        // Money-moving creates: a new payment or refund under a required Idempotency-Key (a retry never moves money twice).
        ["POST /api/v1/customers/{id}/payments"] = "money create",
        ["POST /api/v1/invoices/{invoiceId}/pay"] = "money create",
        ["POST /api/v1/payments/{paymentId}/refunds"] = "money create",
        ["POST /api/v1/portal/{company}/{token}/payments"] = "money create (the customer portal; the pay link is the key)",
    };
}
