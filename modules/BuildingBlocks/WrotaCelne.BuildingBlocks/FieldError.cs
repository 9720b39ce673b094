namespace WrotaCelne.BuildingBlocks;

/// <summary>
/// One broken rule on one input field. <paramref name="Code"/> is stable (pages show it in the user's
/// language); <paramref name="Message"/> is the English text the API returns; <paramref name="Arguments"/>
/// fill the placeholders of both.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message, IReadOnlyList<object> Arguments)
{
    public FieldError(string field, string code, string message)
        : this(field, code, message, [])
    {
    }
}
