using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Tickets;

namespace SecurityTrax.Scheduling;

/// <summary>Checks an appointment's fields against the company's types, technicians, tickets and invoices; errors name the field.</summary>
public sealed class AppointmentChecks(IGrainFactory grains, string tenant)
{
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(24);

    /// <summary>The cleaned appointment and override reason, or a validation error listing every bad field.</summary>
    public async Task<(AppointmentInput Clean, string? OverrideReason)> CheckAsync(
        AppointmentInput input, CustomerDetails customer, string? overrideReason, DateTimeOffset now, bool creating)
    {
        var errors = new List<FieldError>();
        var clean = await NormalizeAsync(input, customer, now, creating, errors);
        var reason = FieldChecks.Text(errors, "overrideReason", overrideReason, 500);
        SecurityTraxException.ThrowIfAny(errors);
        return (clean, reason);
    }

    public async Task<AppointmentInput> NormalizeAsync(
        AppointmentInput input, CustomerDetails customer, DateTimeOffset now, bool creating, List<FieldError> errors)
    {
        var type = await grains.GetGrain<IAppointmentTypeCatalogGrain>(GrainKeys.For(tenant, IAppointmentTypeCatalogGrain.Id)).ResolveAsync(input.Type ?? "");
        if (type is null)
        {
            errors.Add(new FieldError("type", $"'{input.Type}' is not an appointment type of this company."));
        }

        CheckTimes(input.Start, input.End, now, creating, errors);
        var technicians = await TechniciansAsync(input.TechnicianIds ?? [], errors);
        var address = input.Address is null ? customer.Profile.ServiceAddress : FieldChecks.Address(errors, "address", input.Address);
        var notes = FieldChecks.Text(errors, "notes", input.Notes, 4000);
        await CheckTicketAsync(input.TicketId, customer.Id, errors);
        var invoices = (input.InvoiceIds ?? []).Distinct().ToArray();
        for (var i = 0; i < invoices.Length; i++)
        {
            await CheckInvoiceAsync(invoices[i], customer.Id, $"invoiceIds[{i}]", errors);
        }

        return new AppointmentInput(
            type ?? "", input.Start.ToUniversalTime(), input.End.ToUniversalTime(), input.ArrivalWindow, technicians, address, notes, input.TicketId, invoices);
    }

    /// <summary>End after start, at most a day long, and on create not in the past.</summary>
    public static void CheckTimes(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, bool creating, List<FieldError> errors)
    {
        if (end <= start)
        {
            errors.Add(new FieldError("end", "The end is not after the start."));
        }
        else if (end - start > MaxLength)
        {
            errors.Add(new FieldError("end", "An appointment lasts at most 24 hours."));
        }

        if (creating && start < now)
        {
            errors.Add(new FieldError("start", "The start is in the past."));
        }
    }

    private async Task<string[]> TechniciansAsync(string[] ids, List<FieldError> errors)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            var field = $"technicianIds[{i}]";
            if (ids[..i].Contains(ids[i], StringComparer.Ordinal))
            {
                errors.Add(new FieldError(field, $"Technician {ids[i]} is listed twice."));
                continue;
            }

            try
            {
                await grains.GetGrain<ITechnicianGrain>(GrainKeys.For(tenant, CalendarKeys.Technician(ids[i]))).GetAsync();
            }
            catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
            {
                errors.Add(new FieldError(field, $"'{ids[i]}' is not a technician of this company."));
            }
        }

        return ids;
    }

    private async Task CheckTicketAsync(long? ticketId, long customerId, List<FieldError> errors)
    {
        if (ticketId is not { } id)
        {
            return;
        }

        try
        {
            var note = await grains.GetGrain<INoteGrain>(GrainKeys.For(tenant, NoteKeys.Id(id))).GetAsync();
            if (note.Ticket is null || note.CustomerId != customerId)
            {
                errors.Add(new FieldError("ticketId", $"Note {id} is not a ticket of this customer."));
            }
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError("ticketId", $"Ticket {id} was not found."));
        }
    }

    private async Task CheckInvoiceAsync(long invoiceId, long customerId, string field, List<FieldError> errors)
    {
        try
        {
            var invoice = await grains.GetGrain<IInvoiceGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(invoiceId))).GetAsync();
            if (invoice.CustomerId != customerId)
            {
                errors.Add(new FieldError(field, $"Invoice {invoiceId.ToString(CultureInfo.InvariantCulture)} is not this customer's."));
            }
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            errors.Add(new FieldError(field, $"Invoice {invoiceId.ToString(CultureInfo.InvariantCulture)} was not found."));
        }
    }
}
