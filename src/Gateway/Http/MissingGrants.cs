namespace SecurityTrax.Gateway.Http;

/// <summary>The grants a request was refused for, kept on the request until its 403 problem is written.</summary>
public static class MissingGrants
{
    private static readonly object ItemKey = new();

    public static void Set(HttpContext context, string[] grants) => context.Items[ItemKey] = grants;

    public static string[] Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var grants) ? (string[])grants! : [];
}
