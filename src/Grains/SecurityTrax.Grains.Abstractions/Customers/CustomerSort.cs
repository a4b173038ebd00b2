namespace SecurityTrax.Customers;

public enum CustomerSort
{
    Name = 0,
    Created = 1,
    Updated = 2,
    Number = 3,
}
