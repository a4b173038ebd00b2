namespace SecurityTrax.Invoices.Printing;

/// <summary>The platform-wide <c>Printing</c> section.</summary>
public sealed class BatchPrintOptions
{
    public const string Section = "Printing";

    /// <summary>The most documents one bulk print (one PDF or one ZIP) may hold.</summary>
    public int MaxBatchDocuments { get; set; } = 500;

    public IEnumerable<string> Problems()
    {
        if (MaxBatchDocuments is < 1 or > 10_000)
        {
            yield return "Printing:MaxBatchDocuments must be between 1 and 10000.";
        }
    }
}
