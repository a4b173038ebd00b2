namespace SecurityTrax.Sequences;

public sealed class SequenceState
{
    /// <summary>Every number below this may have been handed out.</summary>
    public long ReservedUpTo { get; set; }
}
