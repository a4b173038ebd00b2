namespace SecurityTrax.Gateway.Auth;

/// <summary>The authentication failure of an access token issued before its user's sessions ended.</summary>
public sealed class SessionEndedException() : Exception(SessionCheck.EndedTitle);
