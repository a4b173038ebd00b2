namespace SecurityTrax.Customers;

public sealed class ContactRecord
{
    public int Id { get; set; }

    public ContactInput Contact { get; set; } = null!;

    public int Version { get; set; }
}
