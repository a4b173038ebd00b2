namespace SecurityTrax.Payments;

/// <summary>Sale takes money; credit pushes money to the customer without an earlier charge; refund gives back part of a sale.</summary>
public enum PaymentType
{
    Sale,
    Credit,
    Refund,
}
