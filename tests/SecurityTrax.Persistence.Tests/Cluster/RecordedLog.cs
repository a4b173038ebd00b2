using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>Keeps what a host logs at warning and above, to read in assertions.</summary>
internal sealed class RecordedLog : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> lines = new();

    public IEnumerable<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            lines.Enqueue(formatter(state, exception));
        }
    }

    public void Dispose()
    {
    }
}
