namespace SecurityTrax.Payments;

/// <summary>Numbers a payment's applications 1, 2, … (the ids the API shows), the operation id staying their key.</summary>
public static class ApplicationNumbers
{
    /// <summary>
    /// Gives applications stored before there were numbers theirs, after the newest: the same stored state always gets the
    /// same numbers, and the next save stores them.
    /// </summary>
    public static void Fill(PaymentState state)
    {
        foreach (var application in state.Applications.Where(a => a.Number == 0))
        {
            application.Number = ++state.LastApplication;
        }
    }
}
