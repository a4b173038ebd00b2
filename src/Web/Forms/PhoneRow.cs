namespace SecurityTrax.Web.Forms;

public sealed class PhoneRow
{
    public string Kind { get; set; } = "mobile";
    public string? Number { get; set; }
}
