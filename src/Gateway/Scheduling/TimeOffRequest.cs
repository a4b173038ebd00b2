using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Scheduling;

/// <summary>Whole days off, from and to inclusive (yyyy-MM-dd, company time zone), with the reason.</summary>
public sealed record TimeOffRequest([property: Required] string? From, [property: Required] string? To, [property: Required] string? Reason);
