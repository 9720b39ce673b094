using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// The archive's search: filters on indexed columns, full-text over party names and goods through the FTS5 index.
/// Pages ask for one row more than they show instead of counting, which would cost a scan of the whole archive.
/// A page is found as keys first, then read: the filters and the order work on indexes (each holds the key), so only
/// the page's rows are read whole, never every match of a filter before sorting (a month of a large archive is tens
/// of thousands of rows, each with its document).
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

        var (keys, sort) = Filter(query.Caller, query.Filter, errors);
        errors.ThrowIfAny();
        var rows = await Lines(Read(keys.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize + 1), sort)).ToListAsync(cancellationToken);
        return new DeclarationPage(rows.Take(query.PageSize).Select(d => d.ToDto()).ToList(), query.Page, query.PageSize, rows.Count > query.PageSize);
    }

    public async Task<IReadOnlyList<DeclarationSummaryDto>> HandleAsync(ExportDeclarations query, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var (keys, sort) = Filter(query.Caller, query.Filter, errors);
        errors.ThrowIfAny();
        var rows = await Lines(Read(keys.Take(ExportDeclarations.MaxRows), sort)).ToListAsync(cancellationToken);
        return rows.Select(d => d.ToDto()).ToList();
    }

    /// <summary>
    /// The declarations of <paramref name="keys"/> (one page of them), in the order asked for. The keys come from the
    /// caller's reach (<see cref="Filter"/>); filtering by it again here would let SQLite walk the organization's index
    /// in the page's order (say, every LRN) and test each key, instead of reading just the page's rows by key.
    /// </summary>
    /// <summary>Only the archive line's columns: an export of many rows never loads their documents.</summary>
    private static IQueryable<ArchiveLine> Lines(IQueryable<Declaration> declarations) =>
        declarations.Select(d => new ArchiveLine(d.Id, d.BranchId, d.Family, d.DeclarationType, d.Lrn, d.Mrn, d.Status, d.Office, d.CounterpartName, d.CreatedAtUtc, d.CreatedBy, d.UpdatedAtUtc));

    private IQueryable<Declaration> Read(IQueryable<long> keys, Sort sort)
    {
        var declarations = data.Declarations.AsNoTracking().Where(d => keys.Contains(d.Key));
        return sort switch
        {
            Sort.Oldest => declarations.OrderBy(d => d.Key),
            Sort.Lrn => declarations.OrderBy(d => d.Lrn),
            Sort.Updated => declarations.OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Key),
            _ => declarations.OrderByDescending(d => d.Key),
        };
    }

    /// <summary>The keys of the declarations the filter finds, in the order asked for.</summary>
    private (IQueryable<long> Keys, Sort Sort) Filter(CallerScope caller, DeclarationFilter filter, InputErrors errors)
    {
        filter ??= new DeclarationFilter();
        var declarations = data.Declarations.AsNoTracking().WithinReachOf(caller);
        var narrowedByIndex = false; // by a filter on a column of its own index (all but the family)
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
                narrowedByIndex = true;
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
            narrowedByIndex = true;
        }

        if (!string.IsNullOrWhiteSpace(filter.Mrn))
        {
            var mrn = filter.Mrn.Trim().ToUpperInvariant();
            declarations = declarations.Where(d => d.Mrn == mrn);
            narrowedByIndex = true;
        }

        if (!string.IsNullOrWhiteSpace(filter.Office))
        {
            var office = filter.Office.Trim().ToUpperInvariant();
            declarations = declarations.Where(d => d.Office == office);
            narrowedByIndex = true;
        }

        IQueryable<Declaration>? dated = null; // the declarations within reach in the date range, whatever else is asked
        if (filter.FromUtc is { } fromUtc)
        {
            declarations = declarations.Where(d => d.CreatedAtUtc >= fromUtc);
            dated = (dated ?? data.Declarations.WithinReachOf(caller)).Where(d => d.CreatedAtUtc >= fromUtc);
            narrowedByIndex = true;
        }

        if (filter.ToUtc is { } toUtc)
        {
            declarations = declarations.Where(d => d.CreatedAtUtc < toUtc);
            dated = (dated ?? data.Declarations.WithinReachOf(caller)).Where(d => d.CreatedAtUtc < toUtc);
            narrowedByIndex = true;
        }

        if (filter.UserId is { } userId)
        {
            declarations = declarations.Where(d => d.CreatedById == userId);
            narrowedByIndex = true;
        }

        if (filter.BranchId is { } branchId)
        {
            declarations = declarations.Where(d => d.BranchId == branchId);
            narrowedByIndex = true;
        }

        var fullText = new List<IQueryable<long>>();
        if (FullTextQuery.From(filter.Party, nameof(Declaration.PartyText)) is { } party)
        {
            fullText.Add(data.FullTextKeys(party));
        }

        if (FullTextQuery.From(filter.Text) is { } text)
        {
            fullText.Add(data.FullTextKeys(text));
        }

        if (dated is not null)
        {
            // The date range's declarations have keys between the least and the greatest of theirs: FTS5 then reads only that
            // stretch of each word's matches, not all of them (a busy customer's name over three years is ~50,000). "+ 0"
            // keeps SQLite from finding the least key by walking the (organization, key) index from its start until a row
            // falls in the range; so the range's own index answers.
            var range = dated;
            fullText = [.. fullText.Select(keys => keys.Where(key => key >= range.Min(d => d.Key + 0) && key <= range.Max(d => d.Key + 0)))];
        }

        var sort = (filter.Sort?.Trim().ToLowerInvariant() ?? "newest") switch
        {
            "newest" or "" => Sort.Newest,
            "oldest" => Sort.Oldest,
            "lrn" => Sort.Lrn,
            "updated" => Sort.Updated,
            _ => Invalid(errors),
        };

        // Full text alone (or with the family), newest or oldest first: walk the full-text index in key order and stop at
        // the page's end, instead of collecting every match and sorting them (a common word matches most of the archive).
        // With a filter that has an index of its own (a month, an office...), that index leads and the matches are looked up.
        if (fullText.Count > 0 && !narrowedByIndex && sort is Sort.Newest or Sort.Oldest)
        {
            foreach (var keys in fullText.Skip(1))
            {
                declarations = declarations.Where(d => keys.Contains(d.Key));
            }

            var scoped = declarations;
            var matches = fullText[0].Where(key => scoped.Any(d => d.Key == key));
            return (sort == Sort.Newest ? matches.OrderByDescending(key => key) : matches.OrderBy(key => key), sort);
        }

        foreach (var keys in fullText)
        {
            declarations = declarations.Where(d => keys.Contains(d.Key));
        }

        var ordered = sort switch
        {
            Sort.Oldest => declarations.OrderBy(d => d.Key),
            Sort.Lrn => declarations.OrderBy(d => d.Lrn),
            Sort.Updated => declarations.OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Key),
            _ => declarations.OrderByDescending(d => d.Key),
        };
        return (ordered.Select(d => d.Key), sort);
    }

    private static Sort Invalid(InputErrors errors)
    {
        errors.Add("sort", "sort.invalid", "Sort by newest, oldest, lrn or updated.");
        return Sort.Newest;
    }

    private enum Sort
    {
        Newest,
        Oldest,
        Lrn,
        Updated,
    }
}
