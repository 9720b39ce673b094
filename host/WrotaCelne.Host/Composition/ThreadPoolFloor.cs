namespace WrotaCelne.Host.Composition;

/// <summary>
/// Password checks (PBKDF2, about 140 ms of a core each) run synchronously and are capped at one per
/// core, so under a login flood they hold as many pool threads as the pool starts with on a small
/// machine; every other request then waits for the pool to grow, about 0.5 s a thread. A floor of
/// spare threads lets pages answer at once from the first second of a flood (see docs/benchmarks/signin.md).
/// </summary>
internal static class ThreadPoolFloor
{
    public static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = (2 * Environment.ProcessorCount) + 16;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }
    }
}
