using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// The archive's search: filters on indexed columns, full-text over party names and goods through the FTS5 index.
/// Pages ask for one row more than they show instead of counting, which would cost a scan of the whole archive.
/// </summary>
internal sealed class ArchiveSearch(IDeclarationsData data)
    : IQueryHandler<SearchDeclarations, DeclarationPage>, IQueryHandler<ExportDeclarations, IReadOnlyList<DeclarationSummaryDto>>
{
    public const int MaxPageSize = 200;

    public async Task<DeclarationPage> HandleAsync(SearchDeclarations query, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (query.Page < 1)
        {
            errors.Add("page", "page.invalid", "Pages are numbered from 1.");
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", "pageSize.invalid", "A page holds 1 to {0} declarations.", MaxPageSize);
        }

        var filtered = Filter(query.Caller, query.Filter, errors);
        errors.ThrowIfAny();
        var rows = await filtered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return new DeclarationPage(rows.Take(query.PageSize).Select(d => d.ToSummaryDto()).ToList(), query.Page, query.PageSize, rows.Count > query.PageSize);
    }

    public async Task<IReadOnlyList<DeclarationSummaryDto>> HandleAsync(ExportDeclarations query, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var filtered = Filter(query.Caller, query.Filter, errors);
        errors.ThrowIfAny();
        var rows = await filtered.Take(ExportDeclarations.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(d => d.ToSummaryDto()).ToList();
    }

    private IQueryable<Declaration> Filter(CallerScope caller, DeclarationFilter filter, InputErrors errors)
    {
        filter ??= new DeclarationFilter();
        var declarations = data.Declarations.AsNoTracking().WithinReachOf(caller);
        if (!string.IsNullOrWhiteSpace(filter.Family))
        {
            if (Enum.TryParse<DeclarationFamily>(filter.Family, ignoreCase: true, out var family) && Enum.IsDefined(family) && !int.TryParse(filter.Family, out _))
            {
                declarations = declarations.Where(d => d.Family == family);
            }
            else
            {
                errors.Add("family", "family.invalid", "Use transit, export or import.");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Enum.TryParse<DeclarationStatus>(filter.Status, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(filter.Status, out _))
            {
                declarations = declarations.Where(d => d.Status == status);
            }
            else
            {
                errors.Add("status", "status.invalid", "Use one of: {0}.", string.Join(", ", Enum.GetNames<DeclarationStatus>()));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Lrn))
        {
            // A prefix as a range, so the (organization, LRN) index answers it.
            var from = filter.Lrn.Trim();
            var to = from + char.MaxValue;
            declarations = declarations.Where(d => string.Compare(d.Lrn, from) >= 0 && string.Compare(d.Lrn, to) < 0);
        }

        if (!string.IsNullOrWhiteSpace(filter.Mrn))
        {
            var mrn = filter.Mrn.Trim().ToUpperInvariant();
            declarations = declarations.Where(d => d.Mrn == mrn);
        }

        if (!string.IsNullOrWhiteSpace(filter.Office))
        {
            var office = filter.Office.Trim().ToUpperInvariant();
            declarations = declarations.Where(d => d.Office == office);
        }

        if (filter.FromUtc is { } fromUtc)
        {
            declarations = declarations.Where(d => d.CreatedAtUtc >= fromUtc);
        }

        if (filter.ToUtc is { } toUtc)
        {
            declarations = declarations.Where(d => d.CreatedAtUtc < toUtc);
        }

        if (filter.UserId is { } userId)
        {
            declarations = declarations.Where(d => d.CreatedById == userId);
        }

        if (filter.BranchId is { } branchId)
        {
            declarations = declarations.Where(d => d.BranchId == branchId);
        }

        if (FullTextQuery.From(filter.Party, nameof(Declaration.PartyText)) is { } party)
        {
            var keys = data.FullTextKeys(party);
            declarations = declarations.Where(d => keys.Contains(d.Key));
        }

        if (FullTextQuery.From(filter.Text) is { } text)
        {
            var keys = data.FullTextKeys(text);
            declarations = declarations.Where(d => keys.Contains(d.Key));
        }

        return (filter.Sort?.Trim().ToLowerInvariant() ?? "newest") switch
        {
            "newest" or "" => declarations.OrderByDescending(d => d.Key),
            "oldest" => declarations.OrderBy(d => d.Key),
            "lrn" => declarations.OrderBy(d => d.Lrn),
            "updated" => declarations.OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Key),
            _ => Invalid(declarations, errors),
        };
    }

    private static IOrderedQueryable<Declaration> Invalid(IQueryable<Declaration> declarations, InputErrors errors)
    {
        errors.Add("sort", "sort.invalid", "Sort by newest, oldest, lrn or updated.");
        return declarations.OrderByDescending(d => d.Key);
    }
}
