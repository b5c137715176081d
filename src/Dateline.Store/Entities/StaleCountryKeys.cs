using System.Data.Common;
using Dateline.Store.Sql;

namespace Dateline.Store.Entities;

/// <summary>
/// Refuses a store written before the entity subtype <c>country</c> (issue 22) whose entities it keyed wrongly: every
/// place with a country and no coordinates was keyed as the country ("Atlanta" one entity with "United States"), and
/// its article entities do not say which names were read as countries, so no migration can re-key them. Such a store
/// must be ingested again into a new one; a store without such places (none, or an empty one) migrates as it is. A
/// store from before canonical keys (SQLite schema below 4: entities by label and name) had no country keys to get
/// wrong: it migrates, its articles re-resolved with every place keyed <c>place|name|country</c> (its rows carry no
/// subtype, so "US" and "United States" stay apart there as they were before, until it is ingested again).
/// </summary>
internal static class StaleCountryKeys
{
    /// <param name="current">The store's schema version before migrating (0: a new store).</param>
    /// <param name="keyedFrom">The first version whose entities are keyed by <see cref="CanonicalKeys"/> (SQLite 4, PostgreSQL 1).</param>
    /// <param name="fixedIn">The migration that marks stores keyed by subtype (SQLite 12, PostgreSQL 4).</param>
    public static void Refuse(DbConnection connection, int current, int keyedFrom, int fixedIn)
    {
        if (current < keyedFrom || current >= fixedIn)
        {
            return;
        }

        var stale = connection.Long("SELECT count(*) FROM entities WHERE key LIKE 'country|%'");
        if (stale > 0)
        {
            throw new StoreException(
                $"the store has schema version {current}, from before entity subtype 'country' (version {fixedIn}): its {stale} country " +
                "entities hold every place it read with a country and no coordinates (\"Atlanta\" is the United States there) and cannot " +
                "be re-keyed; ingest its inputs again into a new store (docs/entities.md, collection-wide rule 1)");
        }
    }
}
