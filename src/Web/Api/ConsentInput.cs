namespace SecurityTrax.Web.Api;

/// <summary>How the subject consented to a credit pull: <c>signed</c>, <c>verbal</c> or <c>online</c>.</summary>
public sealed record ConsentInput(string? Method);
