using SecurityTrax.Errors;
using SecurityTrax.Outbox;
using SecurityTrax.Security;

namespace SecurityTrax.Customers;

/// <summary>SSN and date of birth of a customer: validated, encrypted into the state, read back clear or masked.</summary>
/// <remarks>Each value is bound to its company, customer and field; one that does not decrypt here answers a conflict naming it.</remarks>
public sealed class CustomerSecrets(ConfidentialCipher cipher, string company, string customerId)
{
    private const string Ssn = "ssn";
    private const string DateOfBirth = "dateOfBirth";

    /// <summary>null = leave as is, "" = clear, otherwise the validated new value.</summary>
    public (string? Ssn, string? DateOfBirth) Validate(ConfidentialInfo info, DateOnly today, List<FieldError> errors)
    {
        var ssn = info.Ssn is null ? null : info.Ssn.Trim().Length == 0 ? "" : FieldChecks.Ssn(errors, "ssn", info.Ssn);
        var dob = info.DateOfBirth is null ? null
            : info.DateOfBirth.Trim().Length == 0 ? "" : FieldChecks.DateOfBirth(errors, "dateOfBirth", info.DateOfBirth, today);
        return (ssn, dob);
    }

    /// <summary>Stores the values a new customer is created with; answers them masked, as history shows them.</summary>
    public IEnumerable<(string Field, string? Old, string? New)> Create(CustomerState state, (string? Ssn, string? DateOfBirth) values)
    {
        // "" clears, and a new customer has nothing to clear.
        if (values.Ssn is { Length: > 0 } ssn)
        {
            state.SsnProtected = cipher.Protect(ssn, Place(Ssn));
            yield return (Ssn, null, ConfidentialCipher.Mask(ssn));
        }

        if (values.DateOfBirth is { Length: > 0 } dob)
        {
            state.DateOfBirthProtected = cipher.Protect(dob, Place(DateOfBirth));
            yield return (DateOfBirth, null, ConfidentialCipher.Mask(dob));
        }
    }

    /// <summary>Stores the values that changed; history gets them masked, old and new. True if any changed.</summary>
    public bool Apply(CustomerState state, (string? Ssn, string? DateOfBirth) values, HistoryRecorder history, string action)
    {
        var changed = false;
        if (values.Ssn is { } ssn)
        {
            changed |= Replace(history, action, Ssn, ssn, state.SsnProtected, v => state.SsnProtected = v);
        }

        if (values.DateOfBirth is { } dob)
        {
            changed |= Replace(history, action, DateOfBirth, dob, state.DateOfBirthProtected, v => state.DateOfBirthProtected = v);
        }

        return changed;
    }

    public string? ReadSsn(CustomerState state, bool reveal) => Read(state.SsnProtected, Ssn, reveal);

    public string? ReadDateOfBirth(CustomerState state, bool reveal) => Read(state.DateOfBirthProtected, DateOfBirth, reveal);

    /// <summary>Rewrites values stored in an earlier form or under an older key (before each save of the customer).</summary>
    public bool Rewrap(CustomerState state)
    {
        var before = (state.SsnProtected, state.DateOfBirthProtected);
        state.SsnProtected = Rewrap(state.SsnProtected, Ssn);
        state.DateOfBirthProtected = Rewrap(state.DateOfBirthProtected, DateOfBirth);
        return before != (state.SsnProtected, state.DateOfBirthProtected);
    }

    /// <summary>A value that does not decrypt here stays as it is (reading it answers the conflict) rather than failing the save.</summary>
    private string? Rewrap(string? stored, string field)
    {
        try
        {
            return stored is null ? null : cipher.Rewrap(stored, Place(field));
        }
        catch (ConfidentialValueException)
        {
            return stored;
        }
    }

    private string? Read(string? protectedValue, string field, bool reveal)
    {
        if (protectedValue is null)
        {
            return null;
        }

        try
        {
            var clear = cipher.Unprotect(protectedValue, Place(field));
            return reveal ? clear : ConfidentialCipher.Mask(clear);
        }
        catch (ConfidentialValueException e)
        {
            // The grain carries on; entering the field again replaces the value.
            throw SecurityTraxException.Conflict(e.Message + " Enter it again to replace it.");
        }
    }

    private bool Replace(HistoryRecorder history, string action, string field, string value, string? current, Action<string?> store)
    {
        string? old;
        try
        {
            old = current is null ? null : cipher.Unprotect(current, Place(field));
        }
        catch (ConfidentialValueException)
        {
            old = Unreadable;
        }

        var @new = value.Length == 0 ? null : value;
        if (old == @new)
        {
            return false;
        }

        store(@new is null ? null : cipher.Protect(@new, Place(field)));
        history.Add("customer", customerId, action, field, old is null ? null : ConfidentialCipher.Mask(old), @new is null ? null : ConfidentialCipher.Mask(@new));
        return true;
    }

    /// <summary>What history shows as the old value of a field whose stored value did not decrypt.</summary>
    private const string Unreadable = "(unreadable)";

    private ConfidentialField Place(string field) => new(company, $"customer/{customerId}", field);
}
