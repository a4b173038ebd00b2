namespace SecurityTrax.Web.Api;

public sealed record TagInput(string Tag);
