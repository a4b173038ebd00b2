namespace SecurityTrax.Gateway.Realtime;

/// <summary>Pushed before the server closes a connection whose user was disabled, changed role or had the password reset.</summary>
/// <param name="Reason">"disabled", "role changed" or "password reset".</param>
public sealed record SessionEndedResponse(string Reason);
