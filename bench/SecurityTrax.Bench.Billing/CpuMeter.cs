using System.Diagnostics;
using System.Globalization;

namespace SecurityTrax.Bench.Billing;

/// <summary>CPU time of this process (the silo) and of every PostgreSQL process, and the machine's busy share, over a span.</summary>
public sealed class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly TimeSpan _silo = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double _postgres = PostgresSeconds();
    private readonly (long Busy, long Total) _machine = Machine();

    public (double Silo, double Postgres, double MachineBusy) Stop()
    {
        var machine = Machine();
        var total = machine.Total - _machine.Total;
        return (
            (Process.GetCurrentProcess().TotalProcessorTime - _silo).TotalSeconds,
            PostgresSeconds() - _postgres,
            total == 0 ? 0 : (double)(machine.Busy - _machine.Busy) / total);
    }

    private static double PostgresSeconds()
    {
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).Contains("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the command name: state is field 3, utime/stime fields 14/15, and cutime/cstime fields
                // 16/17: the CPU of exited children (connections closed during the run count on the postmaster).
                var fields = stat[(close + 2)..].Split(' ');
                ticks += fields[11..15].Sum(f => double.Parse(f, CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return ticks / TicksPerSecond;
    }

    private static (long Busy, long Total) Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(long.Parse).ToArray();
        var idle = cpu[3] + cpu[4];
        var total = cpu.Take(8).Sum();
        return (total - idle, total);
    }
}
