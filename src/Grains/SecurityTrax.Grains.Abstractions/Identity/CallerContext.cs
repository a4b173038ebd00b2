namespace SecurityTrax.Identity;

/// <summary>Carries the acting <see cref="Caller"/> in the Orleans request context, across every grain call.</summary>
public static class CallerContext
{
    private const string TenantKey = "st.tenant";
    private const string UserIdKey = "st.user";
    private const string UserNameKey = "st.userName";
    private const string SourceKey = "st.source";
    private const string ClientIpKey = "st.ip";
    private const string CorrelationKey = "st.correlation";

    public static Caller? Current =>
        RequestContext.Get(TenantKey) is string tenant
            ? new Caller(
                tenant,
                RequestContext.Get(UserIdKey) as string ?? Caller.SystemUserId,
                RequestContext.Get(UserNameKey) as string ?? "System",
                RequestContext.Get(SourceKey) as string ?? ChangeSources.System,
                RequestContext.Get(ClientIpKey) as string,
                RequestContext.Get(CorrelationKey) as string)
            : null;

    /// <summary>Just the caller's tenant, without building the whole caller.</summary>
    public static string? CurrentTenant => RequestContext.Get(TenantKey) as string;

    public static void Set(Caller caller)
    {
        RequestContext.Set(TenantKey, caller.Tenant);
        RequestContext.Set(UserIdKey, caller.UserId);
        RequestContext.Set(UserNameKey, caller.UserName);
        RequestContext.Set(SourceKey, caller.Source);
        Put(ClientIpKey, caller.ClientIp);
        Put(CorrelationKey, caller.CorrelationId);
    }

    public static void Clear() => RequestContext.Clear();

    private static void Put(string key, string? value)
    {
        if (value is null)
        {
            RequestContext.Remove(key);
        }
        else
        {
            RequestContext.Set(key, value);
        }
    }
}
