using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>The business answers one kind of declaration gets, built from the declaration itself; <see cref="AnswerTimeline"/> says when.</summary>
internal interface IDeclarationAnswers
{
    string AllocateMrn(DateTimeOffset at, string country);

    XDocument MrnAllocated(string mrn, DateTimeOffset at);

    XDocument Released(string mrn, DateTimeOffset acceptedAt, DateTimeOffset releasedAt);

    /// <summary>The rejection with <see cref="SimulatedRejection"/>'s functional error; null when the system has no rejection message the platform reads.</summary>
    XDocument? Rejected(DateTimeOffset at);

    /// <summary>How long after the release the operation ends (exit, write-off); null when it never does here.</summary>
    TimeSpan? EndsAfter(SeapSimulatorDelays delays);

    /// <summary>The answer that ends the operation, asked for only when <see cref="EndsAfter"/> gave a delay.</summary>
    XDocument Ended(string mrn, DateTimeOffset at);
}
