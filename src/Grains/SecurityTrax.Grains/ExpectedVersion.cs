using SecurityTrax.Errors;

namespace SecurityTrax;

/// <summary>The If-Match rule inside a grain, for writes whose version is optional on the grain interface.</summary>
/// <remarks>
/// The gateway always passes the version the person saw; null is for steps of a workflow inside the silo, which act on
/// the current state by design (and for the older callers of these methods).
/// </remarks>
public static class ExpectedVersion
{
    public static void Check(int? expected, int actual)
    {
        if (expected is { } version && version != actual)
        {
            throw SecurityTraxException.StaleVersion(version, actual);
        }
    }
}
