namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// Attempts on one account (password checks, second-factor codes) run one after another in this
/// process. Identity counts failures with an optimistic-concurrency update, so two attempts at once
/// would lose a count and stretch the lockout; striped locks keep every failure counted.
/// </summary>
internal static class AccountAttemptLocks
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> EnterAsync(string account, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(StringComparer.OrdinalIgnoreCase.GetHashCode(account) & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
