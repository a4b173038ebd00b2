namespace SecurityTrax.Invoices;

/// <summary>Numbers an invoice's applications 1, 2, … (the ids the API shows), the operation id staying their key.</summary>
public static class InvoiceApplicationNumbers
{
    /// <summary>
    /// Gives applications stored before there were numbers theirs, after the newest: the same stored state always gets the
    /// same numbers, and the next save stores them.
    /// </summary>
    public static void Fill(InvoiceState state)
    {
        for (var i = 0; i < state.Applications.Count; i++)
        {
            if (state.Applications[i].Number == 0)
            {
                state.Applications[i] = state.Applications[i] with { Number = ++state.LastApplication };
            }
        }
    }
}
