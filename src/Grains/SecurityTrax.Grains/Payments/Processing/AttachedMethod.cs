namespace SecurityTrax.Payments.Processing;

/// <summary>A payment method attached to the processor customer: its token and what may be shown of it.</summary>
public sealed record AttachedMethod(string Token, BillingMethodKind Kind, string? Brand, string? Last4, int? ExpMonth, int? ExpYear);
