using Microsoft.EntityFrameworkCore;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Saves a new record guarded by a unique key. Handlers check the key first for a friendly answer;
/// this turns the race a concurrent request can still win at the unique index into the same 409.
/// </summary>
public static class UniqueSave
{
    public static async Task SaveAsync(
        Func<CancellationToken, Task<int>> save,
        Func<CancellationToken, Task<bool>> keyTaken,
        Func<ConflictException> conflict,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(keyTaken);
        ArgumentNullException.ThrowIfNull(conflict);
        if (await keyTaken(cancellationToken).ConfigureAwait(false))
        {
            throw conflict();
        }

        try
        {
            await save(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            if (await keyTaken(cancellationToken).ConfigureAwait(false))
            {
                throw conflict();
            }

            throw;
        }
    }
}
