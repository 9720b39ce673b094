using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>Lets module pages show a command's field errors next to the form fields that caused them, in the user's language.</summary>
public static class ModelStateExtensions
{
    private static readonly ResourceManager SharedTexts =
        new("WrotaCelne.BuildingBlocks.Infrastructure.Resources.ValidationResources", typeof(ModelStateExtensions).Assembly);

    /// <summary>
    /// Runs <paramref name="action"/>; input and conflict errors are added to the model state under
    /// <c>prefix.Field</c> (camelCase command fields, each dotted part, become PascalCase form fields, or are renamed
    /// through <paramref name="fieldMap"/>), worded by the module's <c>Error.&lt;code&gt;</c> string,
    /// else the shared one, else the English message. Returns true when the action succeeded.
    /// </summary>
    public static async Task<bool> TryExecuteAsync(
        this ModelStateDictionary modelState,
        string prefix,
        Func<Task> action,
        IStringLocalizer localizer,
        IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(localizer);
        IReadOnlyList<FieldError> errors;
        try
        {
            await action().ConfigureAwait(false);
            return true;
        }
        catch (InvalidInputException e)
        {
            errors = e.FieldErrors;
        }
        catch (ConflictException e)
        {
            errors = [e.Error];
        }

        foreach (var error in errors)
        {
            modelState.AddModelError(Key(prefix, error.Field, fieldMap), Localize(localizer, error));
        }

        return false;
    }

    /// <summary>Every error message in the model state, as one line (for forms that show a single problem, e.g. row actions).</summary>
    public static string Messages(this ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return string.Join(" ", modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
    }

    public static string Localize(IStringLocalizer localizer, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        var moduleText = localizer["Error." + error.Code, [.. error.Arguments]];
        if (!moduleText.ResourceNotFound)
        {
            return moduleText.Value;
        }

        var shared = SharedTexts.GetString("Error." + error.Code, CultureInfo.CurrentUICulture);
        return shared is null ? error.Message : string.Format(CultureInfo.CurrentCulture, shared, [.. error.Arguments]);
    }

    private static string Key(string prefix, string field, IReadOnlyDictionary<string, string>? fieldMap)
    {
        if (field.Length == 0)
        {
            return ""; // about the whole form: the form's summary shows it
        }

        var name = fieldMap?.GetValueOrDefault(field) ?? string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
        return prefix.Length == 0 ? name : prefix + "." + name;
    }
}
