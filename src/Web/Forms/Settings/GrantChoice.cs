namespace SecurityTrax.Web.Forms.Settings;

/// <summary>One checkbox of the grants checklist: the grant's API name and the word shown beside it.</summary>
public sealed record GrantChoice(string Grant, string Label);
