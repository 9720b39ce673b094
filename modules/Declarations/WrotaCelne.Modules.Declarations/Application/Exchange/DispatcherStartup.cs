namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>Whether the dispatcher runs for the first time in this process (one per container: test hosts share a process).</summary>
internal sealed class DispatcherStartup
{
    private int _ran;

    public bool IsFirstRun() => Interlocked.Exchange(ref _ran, 1) == 0;
}
