namespace SecurityTrax.Web.Api.Settings;

/// <summary>A merge field a dynamic template may use, with how to write it.</summary>
public sealed record MergeField(string Name, string Description, string Example);
