namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// The operations whose success answer carries the record's <c>ETag</c> (the value a later write sends as If-Match).
/// Handlers set the header in code the document cannot see, so the list is kept here by endpoint name; the document
/// test checks the list against what the gateway sends.
/// </summary>
public static class ETagOperations
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "GetSettings", "UpdateSettings",
        "GetIntegrationSettings", "GetSmtpSettings", "GetTwilioSettings", "GetStripeSettings",
        "SetSmtpSettings", "SetTwilioSettings", "SetStripeSettings", "RemoveIntegrationSettings",
        "GetUser", "CreateUser", "UpdateUser", "DisableUser", "EnableUser", "ResetPassword",
        "GetRole", "CreateRole", "UpdateRole",
        "CreateCustomer", "GetCustomer", "UpdateCustomer", "UpdateCustomerConfidential", "ConvertLead",
        "AddCustomerTag", "RemoveCustomerTag", "ClearCustomerSuspension",
        "ListContacts", "AddContact", "UpdateContact", "ReorderContacts",
        "CreateNote", "GetNote", "EditNote",
        "CreateTemplate", "GetTemplate", "UpdateTemplate",
        "CreateCampaign", "GetCampaign", "CancelCampaign",
        "AddCatalogItem", "UpdateCatalogItem", "AddTaxRate", "UpdateTaxRate",
        "AddCatalogEquipment", "UpdateCatalogEquipment", "AddEquipmentPackage", "UpdateEquipmentPackage",
        "AddEquipment", "UpdateEquipment",
        "CreateInvoice", "GetInvoice", "UpdateInvoice", "VoidInvoice", "ConvertQuote",
        "AddInvoiceLine", "UpdateInvoiceLine", "RemoveInvoiceLine", "AddUnpaidEquipment", "AddActivationFee", "AddMonitoringCharge", "ApplyCreditMemo",
        "CreateRecurringInvoice", "GetRecurringInvoice", "ResumeRecurringInvoice",
        "MarkRecurringActivationFee", "MarkRecurringUnpaidEquipment", "RemoveRecurringPendingItem",
        "ListBillingMethods", "MakeBillingMethodDefault",
        "CreatePayLink", "CreateInvoicePayLink", "ListPayLinks", "RevokePayLink",
        "GetPayment", "VoidPayment", "ApplyPayment", "RemovePaymentApplication",
        "CreateTechnician", "GetTechnician", "UpdateTechnician", "AddTimeOff", "RemoveTimeOff",
        "CreateAppointment", "GetAppointment", "RescheduleAppointment", "SetAppointmentStatus",
        "GetCompanyProfile", "UpdateCompanyProfile", "SetCompanyLogo", "RemoveCompanyLogo",
        "AddAgency", "GetAgency", "UpdateAgency", "AddAgencyContact",

        "GetScheduleSettings", "UpdateScheduleSettings", "RotateCalendarLink",

        "GetFile", "UpdateFile", "RestoreFile", "DownloadFile", "GetFileSettings", "UpdateFileSettings",

        "ApplyCreditScore", "GetCreditReportSettings", "UpdateCreditReportSettings", "GetDunningSettings", "UpdateDunningSettings",
    };
}
