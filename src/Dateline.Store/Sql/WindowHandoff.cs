using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Dateline.Store.Search;

namespace Dateline.Store.Sql;

/// <summary>
/// A filtered word search's window, handed from the search to its facets: the newest matches that pass the filters
/// (as many as the search ranks) and the window's last row when the read reached it. The web API runs the search and
/// then the facets of the same query (<c>SearchService</c>); both read the same window of matches and check the same
/// filter rows, which for a filter few matches pass is most of their cost (5,000 matches read and checked: 'baki bagi
/// biga' in news010.example, bench/README.md, issue 20 session 6). The facets take the rows instead of reading the
/// window again when nothing was stored since, the bounds are equal and the entry is fresh; each entry is taken once.
/// </summary>
internal static class WindowHandoff
{
    /// <summary>How long an entry waits for its facets: the web API asks for them right after the search.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    /// <summary>Entries kept at most (searches whose facets were never asked for); then the expired ones are dropped, else the oldest.</summary>
    private const int MaxEntries = 64;

    private static readonly ConcurrentDictionary<Key, (Window Rows, long At)> Entries = new();

    /// <summary>
    /// What a window read depends on: the store, the match, the filters, the newest stored article (a new article
    /// may enter the window; stored articles' filter columns are never changed), the rows taken and the window.
    /// </summary>
    internal readonly record struct Key(string Store, string Match, string Filters, long Newest, int Limit, int Window);

    /// <summary>The rows that passed, newest first, and the window's last row when the read got to it.</summary>
    internal sealed record Window(IReadOnlyList<long> Passed, long? WindowEnd);

    public static Key For(DbConnection connection, SearchQuery query, string match, long newest, int limit, int window)
        => new(connection.DataSource + "|" + connection.Database, match, Filters(query), newest, limit, window);

    public static void Put(Key key, Window rows)
    {
        if (Entries.Count >= MaxEntries)
        {
            foreach (var (k, e) in Entries)
            {
                if (Stopwatch.GetElapsedTime(e.At) > Lifetime)
                {
                    Entries.TryRemove(k, out _);
                }
            }

            // Then the oldest, so the entry of a search whose facets are coming is not dropped with the rest. Ordered
            // from the dictionary's own snapshot: LINQ over the live dictionary copies it by a count taken before the
            // copy, which throws when another search adds an entry in between (seen in CI on 2026-12-06).
            var snapshot = Entries.ToArray();
            Array.Sort(snapshot, (a, b) => a.Value.At.CompareTo(b.Value.At));
            for (int i = 0; i < snapshot.Length - MaxEntries + 1; i++)
            {
                Entries.TryRemove(snapshot[i].Key, out _);
            }
        }

        Entries[key] = (rows, Stopwatch.GetTimestamp());
    }

    /// <summary>The entry for <paramref name="key"/>, removed; null when there is none or it is older than <see cref="Lifetime"/>.</summary>
    public static Window? Take(Key key)
        => Entries.TryRemove(key, out var entry) && Stopwatch.GetElapsedTime(entry.At) <= Lifetime ? entry.Rows : null;

    /// <summary>The filter values as <see cref="SqlSearch.AddFilters"/> reads them (<see cref="SqlSearch.FilterValues"/>).</summary>
    private static string Filters(SearchQuery query) => string.Join('\u001f', SqlSearch.FilterValues(query));
}
