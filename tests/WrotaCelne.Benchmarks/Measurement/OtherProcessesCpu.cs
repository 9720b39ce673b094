using System.Diagnostics;
using System.Globalization;

namespace WrotaCelne.Benchmarks.Measurement;

/// <summary>
/// Processor time the machine spent on anything but this process and the hosts it ran, from /proc/stat
/// (Linux): on a shared machine, it tells whether other work skewed a run.
/// </summary>
internal sealed class OtherProcessesCpu
{
    private const string Stat = "/proc/stat";

    private readonly TimeSpan? _machineAtStart = MachineBusy();
    private readonly TimeSpan _ownAtStart = OwnBusy();
    private TimeSpan _hosts;

    /// <summary>Counts a stopped host's processor time as the benchmark's own.</summary>
    public void AddHost(TimeSpan processorTime) => _hosts += processorTime;

    /// <summary>Since this instance was made; <c>null</c> where /proc/stat does not exist.</summary>
    public TimeSpan? Used()
    {
        var machine = MachineBusy() - _machineAtStart;
        return machine is { } busy ? TimeSpan.FromTicks(Math.Max(0, (busy - (OwnBusy() - _ownAtStart) - _hosts).Ticks)) : null;
    }

    private static TimeSpan OwnBusy()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static TimeSpan? MachineBusy()
    {
        if (!File.Exists(Stat))
        {
            return null;
        }

        // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks of 1/100 s (USER_HZ on Linux).
        var ticks = File.ReadLines(Stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return TimeSpan.FromSeconds((ticks.Sum() - ticks[3] - ticks[4]) / 100.0);
    }
}
