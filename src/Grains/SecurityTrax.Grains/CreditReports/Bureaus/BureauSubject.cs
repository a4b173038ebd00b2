using SecurityTrax.Customers;

namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>The person a report is pulled on; carries the SSN in clear, so it lives only inside the silo and is never logged.</summary>
public sealed record BureauSubject(string FirstName, string LastName, string Ssn, string DateOfBirth, Address? Address)
{
    /// <summary>The last four digits of the SSN, which is all a log line or a sandbox rule may use.</summary>
    public string SsnLast4 => Ssn[^4..];

    public override string ToString() => $"{FirstName} {LastName} (***-**-{SsnLast4})";
}
