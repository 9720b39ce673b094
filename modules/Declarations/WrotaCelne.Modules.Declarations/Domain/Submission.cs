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

    /// <summary>When the last attempt began.</summary>
    public DateTime? LastAttemptAtUtc { get; private set; }

    public Guid? LeaseId { get; private set; }

    public DateTime? LeaseUntilUtc { get; private set; }

    /// <summary>An attempt may have reached the gateway (a timeout, a crash during the call): ask before sending again.</summary>
    public bool MayHaveArrived { get; private set; }

    /// <summary>Not sent yet as far as the platform knows, though an attempt may have reached the gateway.</summary>
    public bool AwaitsWordOfArrival => State != SubmissionState.Sent && MayHaveArrived;

    /// <summary>The gateway's id of the accepted document.</summary>
    public string? SysRef { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>
    /// When to ask the gateway (GetDocuments) for the answers correlated with <see cref="SysRef"/>, in case one was handed
    /// out by GetNextDocument but never stored (the host died in between); null once the declaration needs no more answers.
    /// </summary>
    public DateTime? NextLookupAtUtc { get; private set; }

    /// <summary>
    /// Changes with every change of the row (a concurrency token): the dispatcher and the inbox work on rows at the same
    /// time, and a save over someone else's change (a row the inbox found arrived, sent again) must fail instead.
    /// </summary>
    public int Version { get; private set; }

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
    public void BeginAttempt(DateTime nowUtc)
    {
        Version++;
        Attempts++;
        MayHaveArrived = true;
        LastAttemptAtUtc = nowUtc;
    }

    /// <param name="sysRef">The gateway's id of the document; null when it is known to have arrived (it was answered) but not under which id: its answers are then not looked up.</param>
    public void Arrived(string? sysRef, DateTime nowUtc, AnswerLookupPolicy lookups)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        Version++;
        State = SubmissionState.Sent;
        SysRef = sysRef;
        SentAtUtc = nowUtc;
        MayHaveArrived = false;
        LastError = null;
        NextLookupAtUtc = sysRef is null ? null : nowUtc + lookups.QuietPeriod;
        Release();
    }

    /// <summary>The gateway could not be asked whether the last attempt arrived; nothing was sent. It counts as an attempt, so a row that can never be asked about is parked.</summary>
    public void LookupFailed()
    {
        Version++;
        Attempts++;
    }

    /// <summary>
    /// Whether the last attempt arrived could not be told, and nothing was sent: if it did arrive, its receipt will say
    /// so (the inbox then records the arrival). Asked again at <paramref name="nextUtc"/>.
    /// </summary>
    public void AwaitWord(string why, DateTime nextUtc)
    {
        Version++;
        LastError = why.Length <= 1000 ? why : why[..1000];
        NextAttemptAtUtc = nextUtc;
        Release();
    }

    /// <summary>
    /// An answer came: the gateway is talking, so the next look-up waits for a quiet period again. Even after the last
    /// answer one look-up follows, so an answer handed out but never stored still reaches the archive.
    /// </summary>
    public void Answered(DateTime nowUtc, AnswerLookupPolicy lookups)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        if (State != SubmissionState.Sent || NextLookupAtUtc is null)
        {
            return;
        }

        Version++;
        NextLookupAtUtc = nowUtc + lookups.QuietPeriod;
    }

    /// <summary>The gateway was asked for this document's answers; <paramref name="finished"/>: the declaration needs no more, so that was the last look-up.</summary>
    public void LookedUp(DateTime nowUtc, bool finished, AnswerLookupPolicy lookups)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        Version++;
        NextLookupAtUtc = finished || SentAtUtc is not { } sent ? null : lookups.Next(sent, nowUtc);
    }

    /// <summary>An attempt failed. <paramref name="mayHaveArrived"/>: the gateway may have taken it anyway (timeout, 5xx).</summary>
    /// <returns>True when the submission is parked (no more attempts) and needs a person.</returns>
    public bool Failed(string error, bool mayHaveArrived, bool retryable, RetryPolicy policy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Version++;
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

    /// <summary>
    /// The platform itself failed while working on the row (an exception, not an answer of the gateway). It counts as
    /// an attempt, so a row that fails every time is parked instead of being tried for ever; whether an earlier attempt
    /// may have arrived is kept as it was.
    /// </summary>
    /// <returns>True when the submission is parked.</returns>
    public bool Broke(string error, RetryPolicy policy, DateTime nowUtc)
    {
        Attempts++;
        return Failed("The platform failed while sending: " + error, MayHaveArrived, retryable: true, policy, nowUtc);
    }

    /// <summary>A person sends a parked submission again (e.g. after fixing the gateway password).</summary>
    public void Retry(DateTime nowUtc)
    {
        Version++;
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

/// <summary>
/// How often and how patiently a submission is tried: the first wait, four times longer each time, at most 20 minutes.
/// <paramref name="ReceiptWait"/>: how long after an attempt whose outcome is unknown (and that the gateway's list could
/// not settle) its receipt is awaited before the document is taken not to have arrived and is sent again.
/// </summary>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstWait, TimeSpan ReceiptWait)
{
    /// <summary>5 s, 20 s, 80 s, 5 min 20 s, 20 min, 20 min: a gateway outage is waited out without hammering it.</summary>
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30));

    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(FirstWait.TotalSeconds * Math.Pow(4, Math.Max(0, attempts - 1)), 1200));
}

internal enum SubmissionState
{
    Pending = 0,
    Sent = 1,
    Parked = 2,
}
