namespace SecurityTrax.Identity;

public enum SignInOutcome
{
    Succeeded = 0,
    InvalidCredentials = 1,
    Disabled = 2,
    LockedOut = 3,
    InvalidRefreshToken = 4,
}
