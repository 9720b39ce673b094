using System.Xml.Linq;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// Which business answers an accepted declaration gets and when: after the receipt and <c>Delays:Mrn</c> the MRN, or the
/// rejection when the LRN matches the rule; <c>Delays:Release</c> later the release; then the end of the operation
/// (exit, write-off) when the system has one and its delay is switched on.
/// </summary>
internal static class AnswerTimeline
{
    /// <summary>The answers of the declaration's system, or null when the simulator answers this message with the receipt only.</summary>
    public static IDeclarationAnswers? For(string targetSystem, BusinessMessage message) => (targetSystem, message.Type) switch
    {
        (SeapTargetSystems.Ncts, "CC015C") => new NctsTransitAnswers(message.Xml.Root!),
        (SeapTargetSystems.Aes, "CC515C") => new AesExportAnswers(message.Xml.Root!),
        (SeapTargetSystems.Ais, "ZC415") => new AisImportAnswers(message.Xml.Root!),
        _ => null,
    };

    public static IReadOnlyList<PlannedAnswer> Plan(IDeclarationAnswers answers, Submission submission, DateTimeOffset receiptAt, SeapSimulatorOptions options)
    {
        var delays = options.Delays;
        var decidedAt = receiptAt + delays.Mrn;
        if (options.Rejects(submission.Message?.Lrn))
        {
            return answers.Rejected(decidedAt) is { } rejection ? [Planned(rejection, decidedAt, submission.SysRef)] : [];
        }

        var mrn = answers.AllocateMrn(decidedAt, options.Country);
        var releasedAt = decidedAt + delays.Release;
        List<PlannedAnswer> planned = [Planned(answers.MrnAllocated(mrn, decidedAt), decidedAt, mrn), Planned(answers.Released(mrn, decidedAt, releasedAt), releasedAt, mrn)];
        if (answers.EndsAfter(delays) is { } delay)
        {
            planned.Add(Planned(answers.Ended(mrn, releasedAt + delay), releasedAt + delay, mrn));
        }

        return planned;
    }

    private static PlannedAnswer Planned(XDocument content, DateTimeOffset dueAt, string reference)
    {
        var kind = content.Root!.Name.LocalName;
        return new PlannedAnswer(kind, dueAt, $"{kind}_{reference}.xml", content);
    }
}
