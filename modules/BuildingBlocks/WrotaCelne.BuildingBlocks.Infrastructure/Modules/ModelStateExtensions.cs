using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>Lets module pages show a command's field errors next to the form fields that caused them.</summary>
public static class ModelStateExtensions
{
    /// <summary>
    /// Runs <paramref name="action"/>; input and conflict errors are added to the model state under
    /// <c>prefix.Field</c> (camelCase command fields become PascalCase form fields, or are renamed
    /// through <paramref name="fieldMap"/>). Returns true when the action succeeded.
    /// </summary>
    public static async Task<bool> TryExecuteAsync(this ModelStateDictionary modelState, string prefix, Func<Task> action, IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action().ConfigureAwait(false);
            return true;
        }
        catch (InvalidInputException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(Key(prefix, field, fieldMap), message);
                }
            }
        }
        catch (ConflictException e)
        {
            modelState.AddModelError(Key(prefix, e.Field, fieldMap), e.Message);
        }

        return false;
    }

    private static string Key(string prefix, string field, IReadOnlyDictionary<string, string>? fieldMap)
    {
        var name = fieldMap?.GetValueOrDefault(field) ?? (field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..]);
        return prefix.Length == 0 ? name : prefix + "." + name;
    }
}
