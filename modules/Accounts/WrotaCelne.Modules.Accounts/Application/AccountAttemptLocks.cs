namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// Attempts on one account (password checks, second-factor codes) run one after another in this
/// process. Identity counts failures with an optimistic-concurrency update, so two attempts at once
/// would lose a count and stretch the lockout; striped locks keep every failure counted.
/// </summary>
internal static class AccountAttemptLocks
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the account's turn, at most <paramref name="patience"/>; null when it did not come (answer "busy").</summary>
    public static async Task<IDisposable?> TryEnterAsync(string account, TimeSpan patience, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(StringComparer.OrdinalIgnoreCase.GetHashCode(account) & int.MaxValue) % Stripes.Length];
        return await stripe.WaitAsync(patience, cancellationToken) ? new Release(stripe) : null;
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
