using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Files;

/// <summary>Checks of what users type about a file, and the company's delete policy.</summary>
public static class FileRules
{
    public const int MaxCategory = 60;
    public const int MaxDescription = 1000;

    /// <summary>Deleted files can be restored for this long; then they are purged.</summary>
    public static readonly TimeSpan RestoreWindow = TimeSpan.FromDays(30);

    /// <summary>A reserved upload that was not committed in this time is dropped with its bytes.</summary>
    public static readonly TimeSpan ReservationLifetime = TimeSpan.FromHours(1);

    /// <summary>The clean name, category and description, or a validation error naming each bad field.</summary>
    public static (string Name, string? Category, string? Description) Check(string? name, string? category, string? description, string nameField)
    {
        var errors = new List<FieldError>();
        var clean = FileNames.Clean(name);
        if (clean is null)
        {
            errors.Add(new FieldError(nameField, "A file needs a name (a path, control characters and dots alone are not one)."));
        }
        else
        {
            FieldChecks.NoCardNumber(errors, nameField, clean);
        }

        var cleanCategory = FieldChecks.Text(errors, "category", category, MaxCategory);
        var cleanDescription = FieldChecks.Text(errors, "description", description, MaxDescription);
        SecurityTraxException.ThrowIfAny(errors);
        return (clean!, cleanCategory, cleanDescription);
    }

    /// <summary>Refuses a delete the company's "only your own recent uploads" policy does not allow.</summary>
    public static void CheckDelete(FileDetails file, FilePolicy policy, string userId, DateTimeOffset now, bool anyAge)
    {
        if (anyAge || policy.DeleteOwnWithinDays is not { } days)
        {
            return;
        }

        if (file.UploadedById != userId || now - file.UploadedAt > TimeSpan.FromDays(days))
        {
            throw new SecurityTraxException(
                ErrorKind.Forbidden,
                $"The company lets users delete only files they uploaded in the last {days} days; an admin can delete this one.");
        }
    }
}
