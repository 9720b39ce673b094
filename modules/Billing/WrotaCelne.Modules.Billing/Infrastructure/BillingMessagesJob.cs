using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

namespace WrotaCelne.Modules.Billing.Infrastructure;

[DisallowConcurrentExecution]
internal sealed class BillingMessagesJob(OutboxDispatcher<BillingDbContext> outbox, InboxProcessor<BillingDbContext> inbox)
    : ModuleMessagesJob<BillingDbContext>(outbox, inbox);
