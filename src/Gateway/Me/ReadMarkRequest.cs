using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Me;

/// <summary>The sequence (the <c>id</c>) of the newest notification the user has read; everything up to it is read.</summary>
public sealed record ReadMarkRequest([property: Required] long? UpTo);
