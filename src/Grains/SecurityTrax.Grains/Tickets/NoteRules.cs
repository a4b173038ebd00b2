using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Tickets;

public static class NoteRules
{
    public const int BodyMaxLength = 10_000;
    public const int SubjectMaxLength = 120;
    public const int CommentMaxLength = 4_000;

    public static NoteInput Normalize(NoteInput note, string? resolvedType, List<FieldError> errors)
    {
        if (resolvedType is null)
        {
            errors.Add(new FieldError("noteType", $"'{note.NoteType}' is not a note type of this company."));
        }

        return new NoteInput(
            resolvedType ?? note.NoteType,
            FieldChecks.Text(errors, "subject", note.Subject, SubjectMaxLength),
            FieldChecks.Text(errors, "body", note.Body, BodyMaxLength, required: true) ?? "");
    }

    /// <summary>Checks a ticket's priority and due date; <paramref name="prefix"/> is the ticket's path in the request ("ticket." inside a note).</summary>
    public static void Check(TicketInput ticket, List<FieldError> errors, string prefix)
    {
        if (!Enum.IsDefined(ticket.Priority))
        {
            errors.Add(new FieldError(prefix + "priority", "Use low, normal, high or urgent."));
        }

        if (ticket.Due is { } due && (due.Year < 2000 || due.Year > 2100))
        {
            errors.Add(new FieldError(prefix + "due", "A due date between 2000 and 2100."));
        }
    }

    /// <summary>The subject, or the start of the body's first line when there is none.</summary>
    public static string SubjectOf(NoteInput note)
    {
        if (note.Subject is { } subject)
        {
            return subject;
        }

        var line = note.Body.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : line[..77] + "...";
    }
}
