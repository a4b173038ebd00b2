namespace SecurityTrax.Gateway.Tests.PutWhatYouGet;

/// <summary>
/// Every PUT route of the API with where its representation is read, or the reason it has none to send back. A PUT
/// added to the API without an entry here fails <see cref="PutWhatYouGetRouteTests"/>.
/// </summary>
public static class PutRepresentations
{
    private const string OldTime = "\"2001-01-01T00:00:00+00:00\"";

    public static readonly IReadOnlyDictionary<string, PutRepresentation> Routes = new Dictionary<string, PutRepresentation>(StringComparer.Ordinal)
    {
        ["PUT /api/v1/customers/{id}"] = PutRepresentation.Whole("createdAt", OldTime),
        ["PUT /api/v1/customers/{id}/contacts/{contactId}"] = PutRepresentation.Row(null, "id", "priority", "7"),
        ["PUT /api/v1/customers/{id}/equipment/{rowId}"] = PutRepresentation.Row(null, "id", "description", "\"Something else\""),
        ["PUT /api/v1/catalog/items/{itemId}"] = PutRepresentation.Row("items", "id", "retired", "true"),
        ["PUT /api/v1/catalog/equipment/{equipmentId}"] = PutRepresentation.Row("equipment", "id", "retired", "true"),
        ["PUT /api/v1/catalog/packages/{packageId}"] = PutRepresentation.Row("packages", "id", "retired", "true"),
        ["PUT /api/v1/catalog/tax-rates/{state}"] = PutRepresentation.Row("taxRates", "state", "eTag", "\"99\""),
        ["PUT /api/v1/settings"] = PutRepresentation.Whole("tenant", "\"someone-else\""),
        ["PUT /api/v1/invoices/{invoiceId}"] = PutRepresentation.Whole("id", "999999"),
        ["PUT /api/v1/invoices/{invoiceId}/lines/{lineId}"] = PutRepresentation.Row("lines", "id", "amount", "1.00"),
        ["PUT /api/v1/notes/{noteId}"] = PutRepresentation.Whole("createdAt", OldTime),
        ["PUT /api/v1/notes/{noteId}/ticket"] = PutRepresentation.Member("ticket", "status", "\"closed\""),
        ["PUT /api/v1/message-templates/{templateId}"] = PutRepresentation.Whole("version", "99"),
        ["PUT /api/v1/roles/{name}"] = PutRepresentation.Whole("builtIn", "true"),
        ["PUT /api/v1/users/{id}"] = PutRepresentation.Whole("createdAt", OldTime),
        ["PUT /api/v1/settings/company-profile"] = PutRepresentation.Whole("logoContentType", "\"image/gif\""),
        ["PUT /api/v1/agencies/{agencyId}"] = PutRepresentation.Whole("id", "999999"),

        ["PUT /api/v1/customers/{id}/files/{fileId}"] = PutRepresentation.Whole("size", "1"),
        ["PUT /api/v1/settings/files"] = PutRepresentation.Whole("usedBytes", "1"),
    };

    /// <summary>PUT routes with no representation a client reads and sends back, each with its reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PUT /api/v1/customers/{id}/contacts/order"] = "a command (the contacts' order), not a record",
        ["PUT /api/v1/customers/{id}/confidential"] = "two fields of the customer that the customer's representation shows masked",
        ["PUT /api/v1/settings/integrations/smtp"] = "write-only secrets: the answer shows \"set\", never the secret",
        ["PUT /api/v1/settings/integrations/twilio"] = "write-only secrets: the answer shows \"set\", never the secret",
        ["PUT /api/v1/settings/integrations/stripe"] = "write-only secrets: the answer shows \"set\", never the secret",
        ["PUT /api/v1/settings/integrations/bureau"] = "write-only secret: the answer shows the API key's last four characters, never the key",
    };
}
