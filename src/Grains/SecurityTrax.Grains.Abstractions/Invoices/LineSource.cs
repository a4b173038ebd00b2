namespace SecurityTrax.Invoices;

/// <summary>Where a line came from: typed in, or added by one of the invoice's buttons.</summary>
public enum LineSource
{
    Manual = 0,
    Equipment = 1,
    ActivationFee = 2,
    Monitoring = 3,
}
