using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

[DisallowConcurrentExecution]
internal sealed class DeclarationsMessagesJob(OutboxDispatcher<DeclarationsDbContext> outbox, InboxProcessor<DeclarationsDbContext> inbox)
    : ModuleMessagesJob<DeclarationsDbContext>(outbox, inbox);
