namespace SecurityTrax;

/// <summary>The DI key of the <see cref="TimeProvider"/> that business logic reads.</summary>
/// <remarks>
/// Orleans itself resolves the unkeyed <see cref="TimeProvider"/> for its timeouts and probes, so tests
/// that move business time with a fake clock register it under this key and leave the runtime's alone.
/// </remarks>
public static class Clock
{
    public const string Key = "SecurityTrax.Clock";
}
