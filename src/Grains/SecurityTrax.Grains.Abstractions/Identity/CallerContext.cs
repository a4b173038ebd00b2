namespace SecurityTrax.Identity;

/// <summary>Carries the acting <see cref="Caller"/> in the Orleans request context, across every grain call.</summary>
/// <remarks>One entry holding the whole caller: each request-context change copies the context, so fewer is cheaper.</remarks>
public static class CallerContext
{
    private const string Key = "st.caller";

    public static Caller? Current => RequestContext.Get(Key) as Caller;

    /// <summary>Just the caller's tenant.</summary>
    public static string? CurrentTenant => Current?.Tenant;

    public static void Set(Caller caller) => RequestContext.Set(Key, caller);

    public static void Clear() => RequestContext.Clear();
}
