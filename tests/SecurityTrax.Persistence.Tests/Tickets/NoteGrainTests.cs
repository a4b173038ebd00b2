using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Platform;
using SecurityTrax.Testing;
using SecurityTrax.Tickets;

namespace SecurityTrax.Persistence.Tests.Tickets;

[Collection(PostgresCollection.Name)]
public sealed class NoteGrainTests(PostgresFixture fixture)
{
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task AssigningNotifiesTheAssigneeButNotTheActorAndTurningBackIsOneChange()
    {
        var (office, tech) = await SetUpAsync();
        As(office);
        var note = Note(1);
        var created = await note.CreateAsync(3001, new NoteInput("general", null, "Call back about the camera."), null);
        var ticket = await note.SetTicketAsync(new TicketInput(tech, new DateOnly(2026, 12, 1), TicketPriority.High), created.Version);

        var back = await note.ClearTicketAsync(ticket.Version);

        Assert.Equal("General", created.Note.NoteType);
        Assert.Equal(TicketStatus.Open, ticket.Ticket!.Status);
        Assert.Null(back.Ticket);
        Assert.Equal(ticket.Version + 1, back.Version);
        Assert.Equal(1, await NotificationsAsync(tech, "ticket.assigned"));
        Assert.Equal(0, await NotificationsAsync(office, "ticket.assigned"));
    }

    [Fact]
    public async Task SelfAssignmentIsAllowedAndSendsNoNotice()
    {
        var (office, _) = await SetUpAsync();
        As(office);

        var ticket = await Note(2).CreateAsync(3001, new NoteInput("Sales", "Quote", "Send the quote."), new TicketInput(office, null, TicketPriority.Normal));

        Assert.Equal(office, ticket.Ticket!.AssigneeId);
        Assert.Equal(0, await NotificationsAsync(office, "ticket.assigned"));
    }

    [Fact]
    public async Task OnlyTicketsTakeStatusesAndComments()
    {
        var (office, _) = await SetUpAsync();
        As(office);
        var note = await Note(3).CreateAsync(3001, new NoteInput("General", null, "Plain note."), null);

        var status = await Assert.ThrowsAsync<SecurityTraxException>(() => Note(3).SetStatusAsync(TicketStatus.Closed, note.Version));
        var comment = await Assert.ThrowsAsync<SecurityTraxException>(() => Note(3).CommentAsync("hello"));

        Assert.Equal(ErrorKind.Conflict, status.Kind);
        Assert.Equal(ErrorKind.Conflict, comment.Kind);
    }

    [Fact]
    public async Task DisabledUsersCannotBeAssigned()
    {
        var (office, tech) = await SetUpAsync();
        As(Caller.SystemUserId);
        var directory = fixture.Silo.Grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(_tenant, IUserDirectoryGrain.Id));
        await directory.SetDisabledAsync(tech, true, (await directory.GetUserAsync(tech)).Version);
        As(office);

        var error = await Assert.ThrowsAsync<SecurityTraxException>(
            () => Note(4).CreateAsync(3001, new NoteInput("General", null, "x"), new TicketInput(tech, null, TicketPriority.Low)));

        Assert.Equal("ticket.assigneeId", Assert.Single(error.Fields).Field);
    }

    [Fact]
    public async Task ATicketWithItsThreadSurvivesASiloRestart()
    {
        var serviceId = PostgresFixture.NewId("svc");
        var silo = await TestSilo.StartAsync(fixture.Database, serviceId, PostgresFixture.NewId("cluster"));
        var (office, tech) = await SetUpAsync(silo.Grains);
        As(office);
        await silo.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, "3002"))
            .CreateAsync(CustomerStage.Customer, new CustomerProfile("Vi", "Yu", null, null, null, [], null, null, null, 0, false, 0, false), null, false);
        var note = silo.Grains.GetGrain<INoteGrain>(GrainKeys.For(_tenant, NoteKeys.Id(5)));
        await note.CreateAsync(3002, new NoteInput("Service", "Fault", "Trouble on zone 2."), new TicketInput(tech, null, TicketPriority.Urgent));
        await note.CommentAsync("Tech booked for Friday.");
        var before = await note.GetAsync();
        await silo.DisposeAsync();

        await using var restarted = await TestSilo.StartAsync(fixture.Database, serviceId, PostgresFixture.NewId("cluster"));
        As(office);
        var after = await restarted.Grains.GetGrain<INoteGrain>(GrainKeys.For(_tenant, NoteKeys.Id(5))).GetAsync();

        Assert.Equivalent(before, after, strict: true);
    }

    private Task<(string Office, string Tech)> SetUpAsync() => SetUpAsync(fixture.Silo.Grains);

    private async Task<(string Office, string Tech)> SetUpAsync(IGrainFactory grains)
    {
        As(Caller.SystemUserId);
        await grains.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key)
            .CreateTenantAsync(new NewTenant(_tenant, "Test Alarm", new NewUser("boss", "Boss", null, "Admin", "a-good-password")));
        As(Caller.SystemUserId);
        var directory = grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(_tenant, IUserDirectoryGrain.Id));
        var office = await directory.CreateUserAsync(new NewUser("office", "Olive Office", null, "Office", "a-good-password"));
        var tech = await directory.CreateUserAsync(new NewUser("tech", "Ted Tech", null, "Technician", "a-good-password"));
        await grains.GetGrain<ICustomerGrain>(GrainKeys.For(_tenant, "3001"))
            .CreateAsync(CustomerStage.Customer, new CustomerProfile("Al", "Bo", null, null, null, [], null, null, null, 0, false, 0, false), null, false);
        return (office.Id, tech.Id);
    }

    private INoteGrain Note(long number) => fixture.Silo.Grains.GetGrain<INoteGrain>(GrainKeys.For(_tenant, NoteKeys.Id(number)));

    private void As(string userId) => CallerContext.Set(new Caller(_tenant, userId, $"user {userId}", ChangeSources.Web, null, null));

    private async Task<int> NotificationsAsync(string userId, string kind) =>
        (int)await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM notifications WHERE tenant_id = @t AND user_id = @u AND kind = @k", ("t", _tenant), ("u", userId), ("k", kind));
}
