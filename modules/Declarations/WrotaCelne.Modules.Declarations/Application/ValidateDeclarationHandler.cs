using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain.Validation;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Checks a declaration against the rules of its family and the codelists valid on today's date in Warsaw.</summary>
internal sealed class ValidateDeclarationHandler(IDeclarationsData data, DeclarationValidator validator, TimeProvider clock) : IQueryHandler<ValidateDeclaration, ValidationReportDto>
{
    public async Task<ValidationReportDto> HandleAsync(ValidateDeclaration query, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.AsNoTracking().WithinReachOf(query.Caller).SingleOrDefaultAsync(d => d.Id == query.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var culture = CultureInfo.GetCultureInfo(query.Language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "pl");
        var findings = await validator.ValidateAsync(declaration.Read(), WarsawTime.Date(clock.GetUtcNow().UtcDateTime), culture, cancellationToken);
        var errors = findings.Count(f => f.Severity == ValidationSeverity.Error);
        return new ValidationReportDto(
            errors == 0,
            errors,
            findings.Count - errors,
            findings.Select(f => new ValidationFindingDto(f.Path, f.Field, f.Label, f.Rule, f.Severity == ValidationSeverity.Error ? "error" : "warning", f.Message)).ToList());
    }
}
