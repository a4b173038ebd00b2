namespace SecurityTrax.Dunning;

/// <summary>A retry stored before it charges: its number, amount and method, and whether it is a scheduled one.</summary>
public sealed class DunningAttempt
{
    public int Number { get; set; }

    public decimal Amount { get; set; }

    public string? MethodId { get; set; }

    public bool Scheduled { get; set; }
}
