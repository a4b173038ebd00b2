using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Tickets;

/// <summary>Due is a date (yyyy-MM-dd) in the company's time zone; priority low, normal (default), high or urgent.</summary>
public sealed record TicketRequest([property: Required] long? AssigneeId, string? Due, SecurityTrax.Tickets.TicketPriority? Priority);
