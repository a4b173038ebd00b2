using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.Sequences;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Messages;

/// <summary>A message's public number is taken once, stored with the message and kept, against real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MessageNumberTests(PostgresFixture fixture)
{
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _serviceId = PostgresFixture.NewId("svc");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AMessageWhoseFirstSaveFailsAfterItTookANumberEndsWithOneNumberAndTheTakenOneIsAGap()
    {
        await using var silo = await StartSiloAsync();
        await CreateCustomerAsync(silo, 1001);
        var before = await Sequence(silo).NextAsync();
        var key = GrainKeys.For(_tenant, "c7-1001");
        var doomed = "fail_" + Guid.NewGuid().ToString("N")[..12];
        // Every stored write of this message that carries the subject "Doomed" fails, as a crash between taking the
        // number and saving would; the client's retry below carries another subject and is stored.
        await fixture.Database.ExecuteAsync($"""
            CREATE FUNCTION {doomed}() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF NEW.grainidextensionstring = '{key}' AND convert_from(NEW.payloadbinary, 'UTF8') LIKE '%Doomed%' THEN
                    RAISE EXCEPTION 'injected write failure';
                END IF;
                RETURN NEW;
            END $f$;
            CREATE TRIGGER {doomed} BEFORE INSERT OR UPDATE ON orleansstorage FOR EACH ROW EXECUTE FUNCTION {doomed}();
            """);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Message(silo, "c7-1001").SendAsync(Email(1001, "Doomed")));
            var sent = await Message(silo, "c7-1001").SendAsync(Email(1001, "Stored"));
            var read = await Message(silo, "c7-1001").GetAsync();
            var listed = Assert.Single((await Queries(silo).ForCustomerAsync(1001, null, 10)).Items);

            Assert.Equal((before + 2, MessageStatus.Sent, 1, "Stored"), (sent.Number, sent.Status, sent.Attempts, sent.Subject));
            Assert.Equal((before + 2, before + 2), (read.Number, listed.Number));
            Assert.Equal("c7-1001", await Queries(silo).KeyOfAsync(before + 2));
            Assert.Null(await Queries(silo).KeyOfAsync(before + 1));
        }
        finally
        {
            await fixture.Database.ExecuteAsync($"DROP TRIGGER {doomed} ON orleansstorage; DROP FUNCTION {doomed}();");
        }
    }

    [Fact]
    public async Task AMessageStoredBeforeMessagesHadNumbersGetsOneWhenListedAndKeepsItAcrossARestart()
    {
        var first = await StartSiloAsync();
        await CreateCustomerAsync(first, 1001);
        var sent = await Message(first, "r5-3").SendAsync(Email(1001, "Old"));
        await first.DisposeAsync();
        var key = GrainKeys.For(_tenant, "r5-3");
        // The state and the row as they were written before this change: no number anywhere.
        var stripped = await fixture.Database.ScalarAsync<int>(
            """
            WITH s AS (
                UPDATE orleansstorage
                SET payloadbinary = convert_to(((convert_from(payloadbinary, 'UTF8')::jsonb) - 'Number' - 'number')::text, 'UTF8')
                WHERE grainidextensionstring = @k AND graintypestring = 'message' RETURNING 1)
            SELECT count(*)::int FROM s
            """, ("k", key));
        await fixture.Database.ScalarAsync<int>("UPDATE message_list SET number = NULL WHERE tenant_id = @t RETURNING 0", ("t", _tenant));

        var second = await StartSiloAsync();
        var listed = Assert.Single((await Queries(second).ForCustomerAsync(1001, null, 10)).Items);
        var read = await Message(second, "r5-3").GetAsync();
        await second.DisposeAsync();
        await using var third = await StartSiloAsync();
        var afterRestart = await Message(third, "r5-3").GetAsync();
        var stored = await fixture.Database.ScalarAsync<long>(
            "SELECT number FROM message_list WHERE tenant_id = @t AND message_id = 'r5-3'", ("t", _tenant));

        Assert.Equal(1, stripped);
        Assert.True(sent.Number > 0);
        Assert.True(listed.Number > 0);
        Assert.Equal((listed.Number, listed.Number, listed.Number), (read.Number, afterRestart.Number, stored));
        Assert.Equal((MessageStatus.Sent, "Old"), (afterRestart.Status, afterRestart.Subject));
    }

    private Task<TestSilo> StartSiloAsync() =>
        TestSilo.StartAsync(
            fixture.Database,
            _serviceId,
            PostgresFixture.NewId("cluster"),
            configureServices: s => s.AddKeyedSingleton<TimeProvider>(Clock.Key, _clock));

    private IMessageGrain Message(TestSilo silo, string id)
    {
        ActAsClerk();
        return silo.Grains.GetGrain<IMessageGrain>(GrainKeys.For(_tenant, id));
    }

    private IMessageQueryGrain Queries(TestSilo silo)
    {
        ActAsClerk();
        return silo.Grains.GetGrain<IMessageQueryGrain>(GrainKeys.For(_tenant, IMessageQueryGrain.Id));
    }

    private ISequenceGrain Sequence(TestSilo silo)
    {
        ActAsClerk();
        return silo.Grains.GetGrain<ISequenceGrain>(GrainKeys.For(_tenant, SequenceKinds.GrainId(SequenceKinds.Message)));
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
}
