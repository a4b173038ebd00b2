using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Equipment;

/// <summary>Adds every piece of a catalogue package at once, sold by <see cref="SoldByUserId"/>.</summary>
public sealed record AddPackageRequest([property: Required] int? PackageId, long? SoldByUserId);
