using SecurityTrax.Outbox;

namespace SecurityTrax.Identity;

public sealed class UserDirectoryState : IHasOutbox
{
    public int LastUserNumber { get; set; }

    /// <summary>Users by id.</summary>
    public Dictionary<string, UserRecord> Users { get; set; } = [];

    /// <summary>Roles by lower-case name.</summary>
    public Dictionary<string, RoleRecord> Roles { get; set; } = [];

    public OutboxState Outbox { get; set; } = new();
}
