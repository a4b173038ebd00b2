using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityTrax.Silo.Hosting;

namespace SecurityTrax.Silo;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = args,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.AddSecurityTraxSilo();
            using var host = builder.Build();
            await host.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is PortInUseException or OptionsValidationException)
        {
            // Said plainly, without a stack trace: the operator's fix is a setting, not a bug report.
            await Console.Error.WriteLineAsync($"SecurityTrax silo did not start: {e.Message}");
            return 2;
        }
    }
}
