namespace SecurityTrax.CreditReports.Bureaus;

/// <summary>What a bureau said of one pull.</summary>
public enum BureauOutcome
{
    /// <summary>A report with a score.</summary>
    Completed,

    /// <summary>The bureau has no file on the subject.</summary>
    NoHit,

    /// <summary>A file too thin to score.</summary>
    ThinFile,

    /// <summary>The subject froze the file; nothing can be pulled until they lift it.</summary>
    Frozen,

    /// <summary>The bureau refused or failed the request; nothing was pulled.</summary>
    Failed,

    /// <summary>No answer came (a timeout, a dropped connection): the pull may or may not have happened.</summary>
    Unknown,

    /// <summary>A look-up by our reference found nothing: the bureau never pulled it.</summary>
    NotFound,
}
