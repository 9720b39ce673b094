using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Accounts.Infrastructure;
using WrotaCelne.Modules.Billing.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Messaging;

/// <summary>Accounts' OrganizationRegistered travels outbox → Quartz job → bus → Billing inbox → handler, once.</summary>
public sealed class IntegrationEventTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Registering_an_organization_writes_the_event_in_the_same_transaction_and_billing_starts_a_trial()
    {
        var organization = await Api.RegisterOrganizationAsync(Host.Client, "Trial Sp. z o.o.");
        var id = organization.GetProperty("id").GetGuid();

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var rows = await accounts.OutboxMessages.Where(m => m.EventType == typeof(OrganizationRegistered).FullName).ToListAsync();
            Assert.Single(rows, r => r.Payload.Contains(id.ToString(), StringComparison.Ordinal));
        }

        var account = await TestHost.EventuallyAsync(async () =>
        {
            var response = await Host.Client.GetAsync($"/api/v1/billing/accounts/{id}");
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        });
        var json = JsonDocument.Parse(account).RootElement;
        Assert.Equal("Trial", json.GetProperty("status").GetString());
        Assert.Equal("Trial Sp. z o.o.", json.GetProperty("organizationName").GetString());

        await TestHost.EventuallyAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var pending = await accounts.OutboxMessages.CountAsync(m => m.DispatchedAtUtc == null);
            return pending == 0 ? "dispatched" : null;
        });
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_stored_once_and_has_one_effect()
    {
        var organizationId = Guid.NewGuid();
        var message = new OrganizationRegistered(organizationId, "Powtórka S.A.", "5260250274");
        var envelope = new IntegrationEventEnvelope(message.Id, IntegrationEventSerializer.NameOf(typeof(OrganizationRegistered)), IntegrationEventSerializer.Serialize(message), message.OccurredAtUtc);
        var billingInbox = Host.Services.GetServices<IModuleInbox>().Single(i => i.ModuleName == "Billing");

        Assert.True(await billingInbox.ReceiveAsync(envelope, CancellationToken.None));
        Assert.False(await billingInbox.ReceiveAsync(envelope, CancellationToken.None));
        await Host.Services.GetRequiredService<IEventBus>().PublishAsync(envelope, CancellationToken.None);

        await TestHost.EventuallyAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var billing = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            return await billing.InboxMessages.AnyAsync(m => m.Id == message.Id && m.ProcessedAtUtc != null) ? "processed" : null;
        });
        await using var check = Host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<BillingDbContext>();
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.Id == message.Id));
        Assert.Equal(1, await db.Accounts.CountAsync(a => a.OrganizationId == organizationId));
    }

    [Fact]
    public async Task A_poison_message_is_retried_with_its_error_kept_and_does_not_block_others()
    {
        var poison = new IntegrationEventEnvelope(Guid.NewGuid(), IntegrationEventSerializer.NameOf(typeof(OrganizationRegistered)), "{ not json", DateTime.UtcNow);
        var billingInbox = Host.Services.GetServices<IModuleInbox>().Single(i => i.ModuleName == "Billing");
        Assert.True(await billingInbox.ReceiveAsync(poison, CancellationToken.None));
        var healthy = await Api.RegisterOrganizationAsync(Host.Client, "Po truciźnie");

        await TestHost.EventuallyAsync(async () =>
        {
            var response = await Host.Client.GetAsync($"/api/v1/billing/accounts/{healthy.GetProperty("id").GetGuid()}");
            return response.IsSuccessStatusCode ? "created" : null;
        });
        var failed = await TestHost.EventuallyAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var billing = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            var row = await billing.InboxMessages.AsNoTracking().SingleAsync(m => m.Id == poison.MessageId);
            return row.Attempts > 0 ? row : null;
        });
        Assert.Null(failed.ProcessedAtUtc);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.True(failed.NextAttemptAtUtc > DateTime.UtcNow.AddSeconds(-1), "a failed message waits before its next attempt");
    }

    [Fact]
    public async Task An_event_is_stored_only_if_its_state_change_commits()
    {
        var nip = Api.NewNip();
        await Api.RegisterOrganizationWithNipAsync(Host.Client, nip);
        var lost = new OrganizationRegistered(Guid.NewGuid(), "Nie zapisana", nip);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var errors = new WrotaCelne.BuildingBlocks.InputErrors();
            var address = new WrotaCelne.Modules.Accounts.Domain.PostalAddress("ul. Celna 1", "Warszawa", "00-950", "PL");
            accounts.Organizations.Add(WrotaCelne.Modules.Accounts.Domain.Organization.Create(errors, "Nie zapisana", nip, null, null, address, DateTime.UtcNow));
            Assert.Empty(errors.Errors);
            accounts.AddIntegrationEvent(lost);
            await Assert.ThrowsAsync<DbUpdateException>(() => accounts.SaveChangesAsync());
        }

        await using var check = Host.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<AccountsDbContext>().OutboxMessages.AnyAsync(m => m.Id == lost.Id));
    }

    [Fact]
    public async Task Dispatching_an_outbox_row_again_is_absorbed_by_the_inbox()
    {
        var id = (await Api.RegisterOrganizationAsync(Host.Client, "Ponowna wysyłka")).GetProperty("id").GetGuid();
        var messageId = await TestHost.EventuallyAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var row = await accounts.OutboxMessages.AsNoTracking().SingleAsync(m => m.OrganizationId == id);
            return row.DispatchedAtUtc is null ? null : (object)row.Id;
        });

        // As after a crash between the inbox write and the outbox mark: the row is dispatched once more.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var row = await accounts.OutboxMessages.SingleAsync(m => m.Id == (Guid)messageId);
            row.DispatchedAtUtc = null;
            await accounts.SaveChangesAsync();
        }

        await TestHost.EventuallyAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            return await accounts.OutboxMessages.AnyAsync(m => m.Id == (Guid)messageId && m.DispatchedAtUtc != null) ? "again" : null;
        });
        await using var check = Host.Services.CreateAsyncScope();
        var billing = check.ServiceProvider.GetRequiredService<BillingDbContext>();
        var inbox = await billing.InboxMessages.AsNoTracking().SingleAsync(m => m.Id == (Guid)messageId);
        Assert.Equal(id, inbox.OrganizationId);
        Assert.NotNull(inbox.ProcessedAtUtc);
        Assert.Equal(1, await billing.Accounts.CountAsync(a => a.OrganizationId == id));
    }
}
