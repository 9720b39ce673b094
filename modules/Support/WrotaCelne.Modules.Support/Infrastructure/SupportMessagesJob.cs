using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

namespace WrotaCelne.Modules.Support.Infrastructure;

[DisallowConcurrentExecution]
internal sealed class SupportMessagesJob(OutboxDispatcher<SupportDbContext> outbox, InboxProcessor<SupportDbContext> inbox)
    : ModuleMessagesJob<SupportDbContext>(outbox, inbox);
