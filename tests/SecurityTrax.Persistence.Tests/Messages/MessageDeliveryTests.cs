using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.Messages.Delivery;
using SecurityTrax.Silo.Maintenance;
using SecurityTrax.Testing;
using SecurityTrax.Testing.Fakes;

namespace SecurityTrax.Persistence.Tests.Messages;

/// <summary>At-most-once delivery against real PostgreSQL, across silo restarts and crashes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MessageDeliveryTests(PostgresFixture fixture)
{
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _serviceId = PostgresFixture.NewId("svc");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WithNoProviderMessagesGoToTheLocalOutboxAndASecondSendAfterARestartSendsNothing()
    {
        var first = await StartSiloAsync();
        await CreateCustomerAsync(first, 1001);
        var sent = await Message(first, "m1").SendAsync(Email(1001, "First"));
        await first.DisposeAsync();

        await using var second = await StartSiloAsync();
        var again = await Message(second, "m1").SendAsync(Email(1001, "Second"));

        Assert.Equal((MessageStatus.Sent, LocalOutboxTransport.Name, 1), (sent.Status, sent.Provider, sent.Attempts));
        Assert.Equal(sent, again);
        Assert.Equal("First", (await Message(second, "m1").GetAsync()).Subject);
    }

    [Fact]
    public async Task ASiloDyingDuringTheProviderCallLeavesTheMessageUnknownAndNeverResendsIt()
    {
        var hanging = new HangingTransport();
        var first = await StartSiloAsync(services => services.AddSingleton<IMessageTransport>(hanging));
        await CreateCustomerAsync(first, 1001);
        _ = Message(first, "m2").SendAsync(Email(1001, "In flight"));
        await hanging.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await first.Host.StopAsync(new CancellationToken(canceled: true));
        first.Host.Dispose();

        var working = new CountingTransport();
        await using var second = await StartSiloAsync(services => services.AddSingleton<IMessageTransport>(working));
        var sweeper = second.Host.Services.GetRequiredService<MessageDeliverySweeper>();
        var early = await sweeper.SweepOnceAsync();
        var stillSending = await Message(second, "m2").GetAsync();
        _clock.Advance(RetryPolicy.StalledAfter);
        await sweeper.SweepOnceAsync();
        var settled = await Message(second, "m2").GetAsync();

        Assert.Equal(0, early);
        Assert.Equal(MessageStatus.Sending, stillSending.Status);
        Assert.Equal((MessageStatus.Unknown, 1, HangingTransport.Name), (settled.Status, settled.Attempts, settled.Provider));
        Assert.Contains("may or may not have gone out", settled.Reason, StringComparison.Ordinal);
        Assert.Equal(0, working.Calls);
    }

    [Fact]
    public async Task AnUnreachableMailServerIsRetriedWithBackOff()
    {
        var port = FreePorts.Next();
        await using var silo = await StartSiloAsync(settings: new Dictionary<string, string?>
        {
            ["Messaging:Smtp:Host"] = "127.0.0.1",
            ["Messaging:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:Smtp:Security"] = "None",
            ["Messaging:Smtp:From"] = "office@example.test",
        });
        await CreateCustomerAsync(silo, 1001);
        var sweeper = silo.Host.Services.GetRequiredService<MessageDeliverySweeper>();

        var queued = await Message(silo, "m3").SendAsync(Email(1001, "Retry me"));
        await using var smtp = LocalSmtpServer.Start(port);
        var tooEarly = await sweeper.SweepOnceAsync();
        _clock.Advance(RetryPolicy.DelayAfter(1));
        await sweeper.SweepOnceAsync();
        var sent = await Message(silo, "m3").GetAsync();

        Assert.Equal((MessageStatus.Queued, 1), (queued.Status, queued.Attempts));
        Assert.StartsWith("The mail server could not be reached", queued.Reason, StringComparison.Ordinal);
        Assert.Equal(0, tooEarly);
        Assert.Equal((MessageStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.Reason));
        Assert.Equal("Retry me", Assert.Single(await smtp.WaitForAsync(1)).Subject);
    }

    private Task<TestSilo> StartSiloAsync(Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        TestSilo.StartAsync(
            fixture.Database,
            _serviceId,
            PostgresFixture.NewId("cluster"),
            configureServices: s =>
            {
                s.AddKeyedSingleton<TimeProvider>(Clock.Key, _clock);
                services?.Invoke(s);
            },
            settings: settings);

    private IMessageGrain Message(TestSilo silo, string id)
    {
        ActAsClerk();
        return silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(_tenant, id));
    }

    private void ActAsClerk() => CallerContext.Set(new Caller(_tenant, "u1", "Office Clerk", ChangeSources.Web, null, null));

    private Task CreateCustomerAsync(TestSilo silo, long number)
    {
        ActAsClerk();
        return silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .CreateAsync(CustomerStage.Customer, new CustomerProfile("Ann", "Lee", null, null, null, [], "ann@example.com", null, null, 0m, false, 0m, false), null, false);
    }

    private static SendMessage Email(long customerId, string subject) =>
        new(customerId, MessageChannel.Email, null, null, subject, null, "Hello", null, null, null, null, false);

    /// <summary>A provider call that never returns, standing in for a silo that dies mid-call.</summary>
    private sealed class HangingTransport : IMessageTransport
    {
        public const string Name = "hanging";

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public MessageChannel Channel => MessageChannel.Email;

        public string Provider => Name;

        public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>A provider that takes every message and counts them: any call after the crash would be a resend.</summary>
    private sealed class CountingTransport : IMessageTransport
    {
        private int _calls;

        public int Calls => _calls;

        public MessageChannel Channel => MessageChannel.Email;

        public string Provider => "counting";

        public Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(DeliveryOutcome.Accepted(Provider, message.MessageId));
        }
    }
}
