using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Realtime;

public static class RealtimeHostingExtensions
{
    /// <summary>SignalR and the relay that feeds it from the silos.</summary>
    public static WebApplicationBuilder AddSecurityTraxRealtime(this WebApplicationBuilder builder)
    {
        // Pushes carry money like the HTTP answers do (two decimals).
        builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new MoneyJsonConverter()));
        builder.Services.AddSingleton<HubSessions>();
        builder.Services.AddSingleton<NotificationRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationRelay>());
        return builder;
    }
}
