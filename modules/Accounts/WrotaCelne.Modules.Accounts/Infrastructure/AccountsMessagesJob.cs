using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

[DisallowConcurrentExecution]
internal sealed class AccountsMessagesJob(OutboxDispatcher<AccountsDbContext> outbox, InboxProcessor<AccountsDbContext> inbox)
    : ModuleMessagesJob<AccountsDbContext>(outbox, inbox);
