namespace SecurityTrax.Persistence;

/// <summary>Grain storage provider and state names.</summary>
/// <remarks>
/// The ADO.NET provider keys rows by (service, state name, grain key) and not by grain class, so every
/// grain type must use a state name of its own.
/// </remarks>
public static class StorageNames
{
    public const string Main = "main";

    public const string TenantSettings = "tenantSettings";

    public const string UserDirectory = "userDirectory";

    public const string TenantRegistry = "tenantRegistry";

    public const string Idempotency = "idempotency";

    public const string Sequence = "sequence";

    public const string Customer = "customer";

    public const string Note = "note";

    public const string NoteTypes = "noteTypes";

    public const string MessageTemplates = "messageTemplates";

    public const string Message = "message";

    public const string Campaign = "campaign";

    public const string SmsOptOut = "smsOptOut";

    public const string Catalog = "catalog";

    public const string CustomerEquipment = "customerEquipment";

    public const string Invoice = "invoice";

    public const string RecurringInvoice = "recurringInvoice";

    public const string IntegrationSettings = "integrationSettings";

    public const string Payment = "payment";

    public const string PaymentOperation = "paymentOperation";

    public const string BillingMethods = "billingMethods";

    public const string PayLinks = "payLinks";

    public const string PayLink = "payLink";

    public const string PortalSignIn = "portalSignIn";

    public const string StripeWebhooks = "stripeWebhooks";

    public const string Technician = "technician";

    public const string TechnicianCalendar = "technicianCalendar";

    public const string Appointment = "appointment";

    public const string AppointmentTypes = "appointmentTypes";

    public const string CompanyProfile = "companyProfile";

    public const string AgencyDirectory = "agencyDirectory";

    public const string ScheduleSettings = "scheduleSettings";

    public const string CustomerFiles = "customerFiles";

    public const string TenantFiles = "tenantFiles";

    public const string Dunning = "dunning";

    public const string DunningSettings = "dunningSettings";
}
