namespace SecurityTrax.Portal;

/// <summary>Whether a pay link still opens the portal.</summary>
public enum PayLinkStatus
{
    Active = 0,
    Expired = 1,
    Revoked = 2,
    Unknown = 3,
}
