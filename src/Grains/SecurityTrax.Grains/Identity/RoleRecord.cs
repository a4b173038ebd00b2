namespace SecurityTrax.Identity;

public sealed class RoleRecord
{
    public string Name { get; set; } = "";

    public List<string> Grants { get; set; } = [];

    public bool BuiltIn { get; set; }

    public int Version { get; set; }

    public RoleDetails ToDetails() => new(Name, [.. Grants], BuiltIn, Version);
}
