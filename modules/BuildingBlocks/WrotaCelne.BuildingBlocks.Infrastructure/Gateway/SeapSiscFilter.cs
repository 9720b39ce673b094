namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>The filter of <c>GetNextDocumentSisc</c>: SISC ids of the company (ROF), the agency (ROP) and the person (P), each optional.</summary>
public sealed record SeapSiscFilter(string? IdSiscRof = null, string? IdSiscRop = null, string? IdSiscP = null);
