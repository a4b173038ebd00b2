namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>One pull: our reference (stored before the call, the bureau's idempotency key), the subject and why we pull.</summary>
public sealed record BureauPull(string OurReference, BureauSubject Subject, string PermissiblePurpose);
