namespace SecurityTrax.Invoices;

/// <summary>When an invoice is due, counted in days from its sale date.</summary>
public enum PaymentTerm
{
    DueOnReceipt = 0,
    Net7 = 7,
    Net10 = 10,
    Net15 = 15,
    Net20 = 20,
    Net30 = 30,
    Net45 = 45,
    Net60 = 60,
    Net90 = 90,
}
