using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewaySimulator.Store;

/// <summary>
/// What the simulated gateway holds, in memory: every accepted document and the answers queued for each login. Tests
/// read it to count what arrived; GetNextDocument and GetDocuments answer from it.
/// </summary>
public sealed class SeapSimulatorStore
{
    private readonly Lock gate = new();
    private readonly List<SimulatedSubmission> submissions = [];
    private readonly List<SimulatedAnswer> answers = [];
    private readonly Dictionary<string, DateTimeOffset> delivered = new(StringComparer.Ordinal);
    private long sequence;

    public IReadOnlyList<SimulatedSubmission> Submissions
    {
        get
        {
            lock (gate)
            {
                return [.. submissions];
            }
        }
    }

    /// <summary>Every answer queued for <paramref name="login"/>, delivered or not.</summary>
    public IReadOnlyList<SimulatedAnswer> AnswersFor(string login)
    {
        lock (gate)
        {
            return answers.Where(a => a.Login == login).ToList();
        }
    }

    /// <summary>Whether GetNextDocument has handed out the answer.</summary>
    public bool IsDelivered(string sysRef)
    {
        lock (gate)
        {
            return delivered.ContainsKey(sysRef);
        }
    }

    /// <summary>A new unique sysRef (the simulator's format: <c>SIM-</c>, date, a sequence number).</summary>
    internal string NextSysRef(DateTimeOffset now) => $"SIM-{now:yyyyMMdd}-{Interlocked.Increment(ref sequence):D8}";

    internal void Add(SimulatedSubmission submission)
    {
        lock (gate)
        {
            submissions.Add(submission);
        }
    }

    /// <summary>
    /// Puts a document in a login's queue as the administration would: practice scenarios and tests (a duplicate, a late
    /// answer, a garbled message). <paramref name="dispatchId"/> is the document's gateway id (a fresh one when null).
    /// </summary>
    /// <returns>The document's gateway id.</returns>
    public string Inject(string login, SeapContent content, string targetSystem, string correlatedSysRef, DateTimeOffset dueAt, string? dispatchId = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sysRef = dispatchId ?? NextSysRef(dueAt);
        var document = new SeapDocument(content, [targetSystem]) { DispatchId = sysRef, CaseId = correlatedSysRef };
        Enqueue(new SimulatedAnswer(sysRef, login, "injected", correlatedSysRef, dueAt, document));
        return sysRef;
    }

    internal void Enqueue(SimulatedAnswer answer)
    {
        lock (gate)
        {
            answers.Add(answer with { Sequence = Interlocked.Increment(ref sequence) });
        }
    }

    /// <summary>The oldest due, undelivered answer of the login (marked delivered) and whether another one is due.</summary>
    internal (SimulatedAnswer? Answer, bool HasNext) TakeNext(string login, DateTimeOffset now)
    {
        lock (gate)
        {
            var due = answers
                .Where(a => a.Login == login && a.DueAt <= now && !delivered.ContainsKey(a.SysRef))
                .OrderBy(a => a.DueAt)
                .ThenBy(a => a.Sequence)
                .Take(2)
                .ToList();
            if (due.Count == 0)
            {
                return (null, false);
            }

            delivered[due[0].SysRef] = now;
            return (due[0], due.Count > 1);
        }
    }

    /// <summary>The login's documents (sent, and answers already due at <paramref name="now"/>) that match the query, oldest first, at most <paramref name="limit"/>.</summary>
    internal IReadOnlyList<SeapDocument> Find(string login, SeapDocumentsQuery query, int limit, DateTimeOffset now)
    {
        lock (gate)
        {
            var sent = submissions.Where(s => s.Login == login)
                .Select(s => (s.SysRef, Correlated: (string?)null, At: s.ReceivedAt, s.Document, Collected: (bool?)null));
            var queued = answers.Where(a => a.Login == login && a.DueAt <= now)
                .Select(a => (a.SysRef, Correlated: (string?)a.CorrelatedSysRef, At: a.DueAt, a.Document, Collected: (bool?)delivered.ContainsKey(a.SysRef)));
            return sent.Concat(queued)
                .Where(d => query.SysRef is null || d.SysRef == query.SysRef)
                .Where(d => query.CorrelatedSysRef is null || d.Correlated == query.CorrelatedSysRef)
                .Where(d => query.From is not { } from || DateOnly.FromDateTime(d.At.UtcDateTime) >= from)
                .Where(d => query.To is not { } to || DateOnly.FromDateTime(d.At.UtcDateTime) <= to)
                .Where(d => query.Collected is null || d.Collected is null || string.Equals(query.Collected, d.Collected.Value ? "true" : "false", StringComparison.OrdinalIgnoreCase))
                .OrderBy(d => d.At)
                .Take(limit)
                .Select(d => d.Document)
                .ToList();
        }
    }
}
