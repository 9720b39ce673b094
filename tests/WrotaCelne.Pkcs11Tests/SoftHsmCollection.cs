using Xunit;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>All tests share one SoftHSM2 configuration, since the module reads it once per process.</summary>
[CollectionDefinition(Name)]
public sealed class SoftHsmCollection : ICollectionFixture<SoftHsmToken>
{
    public const string Name = "SoftHSM2";
}
