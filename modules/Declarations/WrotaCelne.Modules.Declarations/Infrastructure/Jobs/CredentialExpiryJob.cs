using Quartz;
using WrotaCelne.Modules.Declarations.Application.Signing;

namespace WrotaCelne.Modules.Declarations.Infrastructure.Jobs;

/// <summary>Looks for signing certificates 30 or 7 days from expiry and warns their organizations.</summary>
[DisallowConcurrentExecution]
internal sealed class CredentialExpiryJob(CredentialExpiryWarnings warnings) : IJob
{
    public static readonly JobKey Key = new("signing-expiry", "Declarations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Result = await warnings.SendDueAsync(cancellationToken);
    }
}
