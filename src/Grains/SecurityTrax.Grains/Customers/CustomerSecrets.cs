using SecurityTrax.Errors;
using SecurityTrax.Outbox;
using SecurityTrax.Security;

namespace SecurityTrax.Customers;

/// <summary>SSN and date of birth of a customer: validated, encrypted into the state, read back clear or masked.</summary>
public sealed class CustomerSecrets(ConfidentialCipher cipher)
{
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
            state.SsnProtected = cipher.Protect(ssn);
            yield return ("ssn", null, ConfidentialCipher.Mask(ssn));
        }

        if (values.DateOfBirth is { Length: > 0 } dob)
        {
            state.DateOfBirthProtected = cipher.Protect(dob);
            yield return ("dateOfBirth", null, ConfidentialCipher.Mask(dob));
        }
    }

    /// <summary>Stores the values that changed; history gets them masked, old and new. True if any changed.</summary>
    public bool Apply(CustomerState state, (string? Ssn, string? DateOfBirth) values, HistoryRecorder history, string action, string customerId)
    {
        var changed = false;
        if (values.Ssn is { } ssn)
        {
            changed |= Replace(history, action, customerId, "ssn", ssn, state.SsnProtected, v => state.SsnProtected = v);
        }

        if (values.DateOfBirth is { } dob)
        {
            changed |= Replace(history, action, customerId, "dateOfBirth", dob, state.DateOfBirthProtected, v => state.DateOfBirthProtected = v);
        }

        return changed;
    }

    public string? Read(string? protectedValue, bool reveal)
    {
        if (protectedValue is null)
        {
            return null;
        }

        var clear = cipher.Unprotect(protectedValue);
        return reveal ? clear : ConfidentialCipher.Mask(clear);
    }

    private bool Replace(HistoryRecorder history, string action, string customerId, string field, string value, string? current, Action<string?> store)
    {
        var old = current is null ? null : cipher.Unprotect(current);
        var @new = value.Length == 0 ? null : value;
        if (old == @new)
        {
            return false;
        }

        store(@new is null ? null : cipher.Protect(@new));
        history.Add("customer", customerId, action, field, old is null ? null : ConfidentialCipher.Mask(old), @new is null ? null : ConfidentialCipher.Mask(@new));
        return true;
    }
}
