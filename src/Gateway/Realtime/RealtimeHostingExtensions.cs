namespace SecurityTrax.Gateway.Realtime;

public static class RealtimeHostingExtensions
{
    /// <summary>SignalR and the relay that feeds it from the silos.</summary>
    public static WebApplicationBuilder AddSecurityTraxRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<NotificationRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationRelay>());
        return builder;
    }
}
