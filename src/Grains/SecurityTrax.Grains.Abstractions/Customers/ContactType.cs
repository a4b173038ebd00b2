namespace SecurityTrax.Customers;

/// <summary>Emergency contacts are people; police, fire and medical contacts are agencies.</summary>
public enum ContactType
{
    Emergency = 0,
    Police = 1,
    Fire = 2,
    Medical = 3,
}
