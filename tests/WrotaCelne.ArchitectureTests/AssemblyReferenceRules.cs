using System.Reflection;

namespace WrotaCelne.ArchitectureTests;

/// <summary>Allow-lists over an assembly's metadata references: the compiled truth of what it needs at run time.</summary>
internal static class AssemblyReferenceRules
{
    public static bool BclOnly(string name) => name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib";

    public static bool ContractsMayReference(string name) => BclOnly(name) || name is "WrotaCelne.BuildingBlocks" or "WrotaCelne.Plugins.Abstractions";

    public static IReadOnlyList<string> ForbiddenReferences(Assembly assembly, Func<string, bool> allowed) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !allowed(n)).Order(StringComparer.Ordinal).ToList();
}
