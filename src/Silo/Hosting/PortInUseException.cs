namespace SecurityTrax.Silo.Hosting;

/// <summary>A port this silo must listen on is held by another process; the silo does not start.</summary>
public sealed class PortInUseException(string message, Exception inner) : Exception(message, inner);
