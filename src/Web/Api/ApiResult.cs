namespace SecurityTrax.Web.Api;

/// <summary>What one API call answered: the value on success, the problem otherwise, and the ETag either way.</summary>
public sealed record ApiResult<T>(int Status, T? Value, string? ETag, Problem? Problem)
{
    public bool Ok => Problem is null;

    public bool IsStale => Status == 412;
}
