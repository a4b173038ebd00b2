namespace SecurityTrax.Customers;

public enum CustomerStage
{
    Lead = 0,
    Customer = 1,
}
