using System.Runtime.InteropServices;

namespace WrotaCelne.Benchmarks.Reporting;

/// <param name="LoadAverage">The one-minute load average when the run started: other work on the machine skews every number.</param>
internal sealed record MachineInfo(int ProcessorCount, string Cpu, string OperatingSystem, string Runtime, string Architecture, string LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        CpuModel(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.ProcessArchitecture.ToString(),
        OneMinuteLoadAverage());

    public override string ToString() =>
        $"{ProcessorCount} logical processors ({Cpu}), {OperatingSystem}, {Runtime} {Architecture}, load average {LoadAverage} at start";

    private static string OneMinuteLoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? File.ReadAllText(loadAverage).Split(' ')[0] : "unknown";
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return "CPU model unknown";
        }

        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim() ?? "CPU model unknown";
    }
}
