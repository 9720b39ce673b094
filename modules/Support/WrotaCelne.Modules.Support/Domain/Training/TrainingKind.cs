namespace WrotaCelne.Modules.Support.Domain.Training;

internal enum TrainingKind
{
    /// <summary>A remote presentation of the system for prospective and new customers.</summary>
    Presentation = 1,

    /// <summary>A training for users.</summary>
    Training = 2,
}
