namespace SecurityTrax.Gateway.OpenApi;

/// <summary>Endpoint metadata: the platform operator's key (header <c>X-Operator-Key</c>) opens this endpoint, not a user's token.</summary>
public sealed class OperatorKeyOnly
{
    public static readonly OperatorKeyOnly Instance = new();
}
