namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// The outbox row of one signed declaration message on its way to the gateway. The dispatcher claims it with a
/// lease, so two dispatchers (or one restarted after a crash) never send it at the same time; an attempt whose
/// outcome is unknown is recorded before the call, so the next one first asks the gateway whether it arrived.
/// </summary>
internal sealed class Submission
{
    private Submission()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid DeclarationId { get; private set; }

    /// <summary>The signed message (<see cref="DeclarationMessage"/>) to send.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>The declaration's LRN when it was queued: one declaration (one LRN) is taken by the gateway once.</summary>
    public string Lrn { get; private set; } = "";

    public SubmissionState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public Guid? LeaseId { get; private set; }

    public DateTime? LeaseUntilUtc { get; private set; }

    /// <summary>An attempt may have reached the gateway (a timeout, a crash during the call): ask before sending again.</summary>
    public bool MayHaveArrived { get; private set; }

    /// <summary>The gateway's id of the accepted document.</summary>
    public string? SysRef { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public static Submission Queue(Declaration declaration, DeclarationMessage message, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = declaration.OrganizationId,
        DeclarationId = declaration.Id,
        MessageId = message.Id,
        Lrn = declaration.Lrn,
        State = SubmissionState.Pending,
        NextAttemptAtUtc = nowUtc,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>Recorded and saved before the gateway is called: from here on the outcome is unknown until answered.</summary>
    public void BeginAttempt()
    {
        Attempts++;
        MayHaveArrived = true;
    }

    public void Arrived(string sysRef, DateTime nowUtc)
    {
        State = SubmissionState.Sent;
        SysRef = sysRef;
        SentAtUtc = nowUtc;
        MayHaveArrived = false;
        LastError = null;
        Release();
    }

    /// <summary>An attempt failed. <paramref name="mayHaveArrived"/>: the gateway may have taken it anyway (timeout, 5xx).</summary>
    /// <returns>True when the submission is parked (no more attempts) and needs a person.</returns>
    public bool Failed(string error, bool mayHaveArrived, bool retryable, RetryPolicy policy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(policy);
        LastError = error.Length <= 1000 ? error : error[..1000];
        MayHaveArrived = mayHaveArrived;
        Release();
        if (!retryable || Attempts >= policy.MaxAttempts)
        {
            State = SubmissionState.Parked;
            return true;
        }

        NextAttemptAtUtc = nowUtc + policy.Backoff(Attempts);
        return false;
    }

    /// <summary>A person sends a parked submission again (e.g. after fixing the gateway password).</summary>
    public void Retry(DateTime nowUtc)
    {
        State = SubmissionState.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
    }

    private void Release()
    {
        LeaseId = null;
        LeaseUntilUtc = null;
    }
}

/// <summary>How often and how patiently a submission is tried: the first wait, four times longer each time, at most 20 minutes.</summary>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstWait)
{
    /// <summary>5 s, 20 s, 80 s, 5 min 20 s, 20 min, 20 min: a gateway outage is waited out without hammering it.</summary>
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(5));

    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(FirstWait.TotalSeconds * Math.Pow(4, Math.Max(0, attempts - 1)), 1200));
}

internal enum SubmissionState
{
    Pending = 0,
    Sent = 1,
    Parked = 2,
}
