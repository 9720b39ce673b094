using System.Xml.Linq;
using Microsoft.Extensions.Options;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.GatewaySimulator.Schemas;
using WrotaCelne.GatewaySimulator.Soap;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// AcceptDocument: refuses what the gateway would refuse outright (a fault, nothing recorded), otherwise gives a sysRef,
/// records the document and queues the answers: an NPP when the business XML is not well-formed, unsigned, wrongly
/// signed or schema-invalid; else a UPO and, for a declaration (CC015C, CC515C, ZC415), the business answers of
/// <see cref="AnswerTimeline"/>.
/// </summary>
internal sealed class DocumentIntake(IOptions<SeapSimulatorOptions> options, SeapSimulatorStore store, TimeProvider time)
{
    private const int MaxContentBytes = 15 * 1024 * 1024;

    private static readonly string[] ServedSystems = [SeapTargetSystems.Ncts, SeapTargetSystems.Aes, SeapTargetSystems.Ais];

    public (string? SysRef, SimulatorFault? Fault) Accept(string login, XElement request)
    {
        var document = SeapDocumentXml.Read(request.Element(SeapNames.Channel + "document")!, out var problem);
        if (document is null)
        {
            return (null, SimulatorFault.OfBusiness(SimulatorErrorCodes.ContentSize, problem!));
        }

        if (document.Content.Data.Length is 0 or > MaxContentBytes)
        {
            return (null, SimulatorFault.OfBusiness(SimulatorErrorCodes.ContentSize, $"The content has {document.Content.Data.Length} bytes; 1 byte to 15 MB is accepted."));
        }

        if (string.IsNullOrWhiteSpace(document.Content.FileName))
        {
            return (null, SimulatorFault.OfBusiness(SimulatorErrorCodes.FileNameMissing, "The content has no file name."));
        }

        if (document.TargetSystems.Count != 1 || !ServedSystems.Contains(document.TargetSystems[0]))
        {
            return (null, SimulatorFault.OfBusiness(
                SimulatorErrorCodes.TargetSystem,
                $"One target system of {string.Join(", ", ServedSystems)} is expected; found {string.Join(", ", document.TargetSystems.DefaultIfEmpty("none"))}."));
        }

        var now = time.GetUtcNow();
        var sysRef = store.NextSysRef(now);
        var (message, errors) = Read(document);
        var submission = new Submission(sysRef, login, now, document with { DispatchId = sysRef }, message);
        var receipt = errors.Count == 0 ? "UPO" : "NPP";
        store.Add(new SimulatedSubmission(
            sysRef, login, message?.Lrn, message?.Type, message?.MessageIdentification, document.Content.FileName,
            document.TargetSystems, now, receipt, submission.Document));
        Queue(submission, receipt, errors);
        return (sysRef, null);
    }

    private static (BusinessMessage? Message, IReadOnlyList<ReceiptError> Errors) Read(SeapDocument document)
    {
        var bytes = document.Content.Data;
        var loaded = SafeXml.Load(bytes);
        if (!loaded.Succeeded)
        {
            return (null, [new ReceiptError(ReceiptErrorCodes.NotXml, "The content is not well-formed XML: " + loaded.Errors[0].Message)]);
        }

        var xml = loaded.Value!;
        var signatures = xml.Descendants(XName.Get("Signature", "http://www.w3.org/2000/09/xmldsig#")).ToList();
        signatures.ForEach(s => s.Remove());
        var message = BusinessMessage.Of(xml);
        if (signatures.Count == 0)
        {
            return (message, [new ReceiptError(ReceiptErrorCodes.SignatureMissing, "The document is not signed.")]);
        }

        var verification = XadesVerifier.Verify(bytes);
        if (!verification.IsValid)
        {
            return (message, verification.Problems.Select(p => new ReceiptError(ReceiptErrorCodes.SignatureInvalid, $"{p.Code}: {p.Message}")).ToList());
        }

        var isNcts = xml.Root!.Name.NamespaceName == NctsSchemas.Namespace;
        if (isNcts != (document.TargetSystems[0] == SeapTargetSystems.Ncts))
        {
            return (message, [new ReceiptError(ReceiptErrorCodes.WrongSystem, $"A {message.Type} in namespace '{xml.Root.Name.NamespaceName}' does not go to {document.TargetSystems[0]}.")]);
        }

        // The signature is the gateway's envelope around the message: the official schema has no place for it.
        if (isNcts && NctsSchemas.Roots.Contains(message.Type))
        {
            var problems = SafeXml.Validate(xml, NctsSchemas.Set);
            return (message, problems.Select(p => new ReceiptError(ReceiptErrorCodes.SchemaInvalid, p.Message, p.Pointer)).ToList());
        }

        return (message, []);
    }

    private void Queue(Submission submission, string receipt, IReadOnlyList<ReceiptError> errors)
    {
        var receiptAt = submission.ReceivedAt + options.Value.Delays.Receipt;
        Enqueue(submission, receipt, receiptAt, $"{receipt}_{submission.SysRef}.xml", ReceiptDocument.Build(receipt, submission, errors));
        if (receipt != "UPO" || submission.Message is not { } message || AnswerTimeline.For(submission.Document.TargetSystems[0], message) is not { } answers)
        {
            return;
        }

        foreach (var answer in AnswerTimeline.Plan(answers, submission, receiptAt, options.Value))
        {
            Enqueue(submission, answer.Kind, answer.DueAt, answer.FileName, answer.Content);
        }
    }

    private void Enqueue(Submission submission, string kind, DateTimeOffset dueAt, string fileName, XDocument content)
    {
        var sysRef = store.NextSysRef(dueAt);
        var document = new SeapDocument(new SeapContent(SeapEnvelope.ToBytes(content), fileName, SeapMime.Xml), [SeapTargetSystems.Trader])
        {
            DispatchId = sysRef,
            CaseId = submission.SysRef,
        };
        store.Enqueue(new SimulatedAnswer(sysRef, submission.Login, kind, submission.SysRef, dueAt, document));
    }
}
