using Dateline.Core.Model;
using Dateline.Extraction.Dates;

namespace Dateline.Extraction.Metadata;

/// <summary>The metadata read from a page, and the publication-date evidence behind it.</summary>
public sealed record PageMetadata(ArticleMetadata Article, PublicationDates Dates);
