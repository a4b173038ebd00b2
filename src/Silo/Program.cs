using Microsoft.Extensions.Hosting;
using SecurityTrax.Silo.Hosting;

namespace SecurityTrax.Silo;

public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddSecurityTraxSilo();
        using var host = builder.Build();
        await host.RunAsync();
    }
}
