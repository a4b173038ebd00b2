namespace SecurityTrax.Web.Forms.Scheduling;

/// <summary>Where a block sits in a technician's row, in percent of the row; clipped at the working day's edges.</summary>
public sealed record BlockPlace(double Left, double Width, bool StartsBefore, bool EndsAfter);
