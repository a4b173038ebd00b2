namespace SecurityTrax.Web.Forms.Settings;

/// <summary>One group of the grants checklist: an area of the back office (customers, payments, …) and its grants.</summary>
public sealed record GrantArea(string Key, string Label, IReadOnlyList<GrantChoice> Choices);
