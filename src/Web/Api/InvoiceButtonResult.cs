namespace SecurityTrax.Web.Api;

/// <summary>What an invoice button did (<c>POST …/add-unpaid-equipment</c> and the like): the invoice after it, the lines it added, or why none.</summary>
public sealed record InvoiceButtonResult(Invoice Invoice, int[] AddedLineIds, string? Reason);
