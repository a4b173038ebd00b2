namespace SecurityTrax.Web.Api;

/// <summary>What a button did on a recurring invoice's template: the lines it added, or why it added none.</summary>
public sealed record RecurringButtonResult(int[] AddedLineIds, string? Reason);
