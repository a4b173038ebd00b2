namespace SecurityTrax.Messages;

/// <summary>The fixed set of merge fields a dynamic template may use, written <c>{{ customer.first_name }}</c>.</summary>
/// <remarks>
/// Templates see only these values, already formatted in the tenant's culture (money, dates); no object graph
/// is ever exposed to a user-authored template. Invoice, payment and appointment fields are filled when the system sends
/// about an invoice, a payment or an appointment and are empty otherwise.
/// </remarks>
public static class MergeFields
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["customer.number"] = "The customer's account number",
        ["customer.name"] = "Display name: the person's full name or the business name",
        ["customer.first_name"] = "First name",
        ["customer.last_name"] = "Last name",
        ["customer.business_name"] = "Business name",
        ["customer.email"] = "Email address on the record",
        ["customer.phone"] = "First phone number on the record",
        ["customer.service_address"] = "Service (installation) address",
        ["customer.billing_address"] = "Billing address (the service address when none is set)",
        ["customer.balance_due"] = "Sum of what the customer's open invoices still owe",
        ["customer.next_appointment"] = "Date and time of the customer's next appointment still to come (empty when none)",
        ["customer.monthly_rate"] = "Monthly monitoring rate",
        ["company.name"] = "The dealer's company name",
        ["company.legal_name"] = "The company's legal name from its profile (the company name when none is set)",
        ["company.address"] = "The company's address from its profile",
        ["company.phone"] = "The company's phone number from its profile",
        ["company.email"] = "The company's email address from its profile",
        ["company.website"] = "The company's website from its profile",
        ["company.licence_numbers"] = "The company's licence numbers from its profile, comma separated",
        ["today"] = "Today's date in the company's time zone",
        ["invoice.number"] = "Invoice number",
        ["invoice.type"] = "Invoice, quote or credit memo",
        ["invoice.sale_date"] = "Sale date",
        ["invoice.due_date"] = "Due date",
        ["invoice.total"] = "Grand total",
        ["invoice.due"] = "Amount still due",
        ["invoice.pay_url"] = "A pay link for this invoice (made when the message is sent; empty when nothing is due)",
        ["customer.portal_url"] = "A link to the customer's payment portal (made when the message is sent)",
        ["payment.amount"] = "Payment amount",
        ["payment.date"] = "Payment date",
        ["payment.method"] = "Billing method, e.g. Visa ending 4242",
        ["payment.result"] = "What the payment did: \"Paid in full\" when the invoices it went to owe nothing more, a partial payment with what is still due, a credit, or the reason the charge failed",
        ["payment.transaction_id"] = "The processor's transaction id",
        ["dunning.retry_date"] = "In a payment retry notice: the date the failed automatic payment is tried again",
        ["dunning.amount"] = "In a payment retry notice: the amount the retry will charge",
        ["appointment.type"] = "Appointment type (install, service, removal or the company's own)",
        ["appointment.date"] = "Appointment date in the company's time zone",
        ["appointment.time"] = "Appointment start time (or the arrival window's opening) in the company's time zone",
        ["appointment.window"] = "Appointment start and end times (or the arrival window), e.g. 8:00 AM – 12:00 PM",
        ["appointment.technicians"] = "Names of the technicians assigned",
        ["appointment.address"] = "Where the appointment is (the service address unless another was given)",
    };

    public static bool IsKnown(string name) => All.ContainsKey(name);
}
