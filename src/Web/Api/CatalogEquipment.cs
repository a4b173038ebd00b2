namespace SecurityTrax.Web.Api;

/// <summary>An equipment model of the catalogue (make and model).</summary>
public sealed record CatalogEquipment(int Id, string Make, string Model)
{
    public string Name => $"{Make} {Model}";
}
