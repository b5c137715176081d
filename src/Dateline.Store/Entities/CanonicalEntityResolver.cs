using System.Globalization;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Entities;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// Joins article entities to the collection's canonical entities inside the caller's transaction: a key per entity
/// (<see cref="CanonicalKeys"/>), then the collection's rules — a middle name or initial gives way to the same first
/// and last names unless another middle is seen for them, a one-word person joins the one full name with that
/// surname in the period (or the one it names far more often than any other), an acronym joins the expansion articles spelled it out as — then a curator's merges and
/// splits. Incremental: after a batch only the stored article entities the batch can change are re-resolved (one-word
/// persons whose surname a linked full name carries, acronyms newly spelled out), and only the entities touched have
/// their type, name and place chosen again, from the per-name counts of <c>entity_names</c>.
/// </summary>
internal sealed class CanonicalEntityResolver(DbConnection connection, DbTransaction transaction, SqlDialect dialect, LayerSet layers, EntityResolutionOptions options, DeferredWrites? deferred = null) : IDisposable
{
    private readonly CommandCache _sql = new(connection, transaction, dialect, deferred);
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<long> _touched = [];
    private readonly Dictionary<string, BearerDates> _surnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _middleConflicts = new(StringComparer.Ordinal);
    private CurationRules? _curations;

    // Without the entities layer there is nothing to resolve against: a store opened with extraction layers only.
    private readonly bool _hasEntities = layers.Stored.Contains(EntitiesLayer.Instance);

    /// <summary>One entity of one stored article, as the entities layer table holds it.</summary>
    internal sealed record ArticleEntity(string LocalId, string Name, string Label, string? Subtype, string? Country, double? Latitude, double? Longitude, long Mentions)
    {
        public long? Entity { get; init; }

        /// <summary>The entity's key taken on its own (<see cref="CanonicalKeys.Of"/>).</summary>
        public string Key => CanonicalKeys.Of(Name, Label, Subtype, Country);

        public static ArticleEntity Of(Entity e) => new(e.Id, e.Name, e.Label.Code(), e.Subtype?.Code(), e.Country, e.Latitude, e.Longitude, e.Mentions.Count);
    }

    /// <summary>Creates what the resolver needs beyond the migrations (an index over the layer table it reads by name).</summary>
    public static void EnsureIndexes(DbConnection connection, SqlDialect dialect)
    {
        if (dialect.TableExists(connection, null, EntitiesLayer.Instance.Table.Name))
        {
            connection.Execute("CREATE INDEX IF NOT EXISTS article_entities_lower_name ON article_entities(lower(name))");
        }
    }

    /// <summary>Links a new article's entities; returns each local entity id's canonical id.</summary>
    public Dictionary<string, long> Link(long article, string? published, IReadOnlyList<ArticleEntity> entities)
    {
        if (!_hasEntities)
        {
            return [];
        }

        var keys = Resolve(entities, published, learn: true);
        FindIds(keys.Values);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (ids.ContainsKey(e.LocalId) || !keys.TryGetValue(e.LocalId, out var key))
            {
                continue;
            }

            // FindIds has just read every stored one of these keys: a key it did not find is new.
            var id = Ensure(key, e, lookedUp: true);
            ids[e.LocalId] = id;
            AddName(id, e, +1);
            Noted(key, published);
        }

        return ids;
    }

    /// <summary>
    /// Ends a batch: re-resolves the stored article entities the batch can have changed, then chooses the type, name
    /// and place of every entity touched.
    /// </summary>
    public void Finish()
    {
        if (!_hasEntities)
        {
            return;
        }

        var articles = new SortedSet<long>();
        // Only one-word persons dated within the surname window of a batch article naming a bearer (or undated) can
        // change: elsewhere the bearers in their period are the same as before.
        foreach (var (surname, dates) in _surnames)
        {
            articles.UnionWith(Column<long>(
                "by-name",
                $"""
                SELECT DISTINCT ae.article FROM article_entities ae JOIN articles a ON a.rowid = ae.article
                WHERE lower(ae.name) = $1 AND ae.label = $2
                  AND (CAST($3 AS TEXT) IS NULL OR a.published IS NULL OR NOT {dialect.IsDay("a.published")}
                       OR ({dialect.DaysBetween("CAST($3 AS TEXT)", "substr(a.published, 1, 10)")} >= -$5 AND {dialect.DaysBetween("substr(a.published, 1, 10)", "CAST($4 AS TEXT)")} >= -$5))
                """,
                surname, EntityLabels.Person, dates.Undated ? null : dates.First, dates.Last, options.SurnameWindowDays));
        }

        foreach (var acronym in _acronyms)
        {
            articles.UnionWith(Column<long>("by-acronym", "SELECT DISTINCT article FROM article_entities WHERE lower(name) IN ($1, $2)", acronym.ToLowerInvariant(), Dotted(acronym)));
        }

        // A second middle for a first and last name the collection had joined ("George W. Bush" after "George H. W.
        // Bush" joined "George Bush"): the articles of the shorter name are resolved again, and the first full name
        // leaves it too.
        foreach (var key in _middleConflicts.ToList())
        {
            articles.UnionWith(Column<long>("by-key", "SELECT DISTINCT ae.article FROM article_entities ae JOIN entities e ON e.id = ae.entity WHERE e.key = $1", key));
        }

        _surnames.Clear();
        _acronyms.Clear();
        _middleConflicts.Clear();
        foreach (var article in articles)
        {
            Reresolve(article);
        }

        // Resolving them again found the same conflicts: they are settled.
        _middleConflicts.Clear();
        Refresh();
    }

    /// <summary>Resolves every stored article again, oldest first (after the schema's entities changed, or on a curator's request).</summary>
    public void ResolveAll()
    {
        // The stored references name rows of the old table; they are cleared first, so that no reference can
        // point at an unrelated new entity that happens to get the same id.
        foreach (var (table, key, _) in EntityFields())
        {
            NonQuery("clear:" + table + key, $"UPDATE {Q(table)} SET {Q(key)} = NULL");
        }

        NonQuery("clear-names", "DELETE FROM entity_names");
        foreach (var article in Column<long>("all", "SELECT rowid FROM articles ORDER BY published IS NULL, published, rowid"))
        {
            Reresolve(article, stale: true);
        }

        Finish();
        NonQuery("orphans", "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM entity_names n WHERE n.entity = entities.id)");
    }

    public EntityCurationResult Merge(long from, long into)
    {
        var fromKey = KeyOf(from);
        var intoKey = KeyOf(into);
        if (from == into)
        {
            throw new ArgumentException($"entity {from} cannot be merged into itself");
        }

        Record(EntityCurationAction.Merge, fromKey, intoKey, null);
        // Merging back undoes a split of the same names.
        foreach (var norm in Column<string>("norms", "SELECT DISTINCT norm FROM entity_names WHERE entity = $1", from))
        {
            NonQuery("unsplit", "UPDATE entity_curations SET active = 0 WHERE action = 'split' AND target = $1 AND name = $2", intoKey, norm);
        }

        _curations = null;
        var moved = Convert.ToInt32(Scalar("merge-count", "SELECT count(*) FROM article_entities WHERE entity = $1", from), CultureInfo.InvariantCulture);
        foreach (var (table, key, _) in EntityFields())
        {
            NonQuery("merge:" + table + key, $"UPDATE {Q(table)} SET {Q(key)} = $1 WHERE {Q(key)} = $2", into, from);
        }

        NonQuery("merge-names", """
            INSERT INTO entity_names(entity, name, label, country, norm, latitude, longitude, articles, mentions)
            SELECT $1, name, label, country, norm, latitude, longitude, articles, mentions FROM entity_names WHERE entity = $2 AND true
            ON CONFLICT(entity, name, label, country) DO UPDATE SET articles = entity_names.articles + excluded.articles, mentions = entity_names.mentions + excluded.mentions
            """, into, from);
        NonQuery("merge-drop-names", "DELETE FROM entity_names WHERE entity = $1", from);
        _touched.Add(from);
        _touched.Add(into);
        Refresh();
        return new EntityCurationResult(into, NameOf(into), moved);
    }

    public EntityCurationResult Split(long id, string name)
    {
        var key = KeyOf(id);
        var norm = EntityNames.Normalize(name);
        var rows = EntityRows("split-rows", "SELECT article, local_entity, name, label, country, latitude, longitude, mention_count, entity, subtype FROM article_entities WHERE entity = $1", id)
            .Where(r => EntityNames.Normalize(r.Name) == norm).ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException($"entity {id} has no name '{name}' (its names: {string.Join(", ", Column<string>("names", "SELECT DISTINCT name FROM entity_names WHERE entity = $1 ORDER BY articles DESC", id))})");
        }

        if (rows.All(r => r.Entity.Key == key))
        {
            throw new ArgumentException($"'{name}' is the name entity {id} is resolved by, not one that joined it; rename it, or merge it elsewhere");
        }

        Record(EntityCurationAction.Split, null, key, norm);
        // A curator's merge that brought the name in is undone with it.
        foreach (var literal in rows.Select(r => r.Entity.Key).Distinct())
        {
            NonQuery("unmerge", "UPDATE entity_curations SET active = 0 WHERE action = 'merge' AND key = $1 AND target = $2", literal, key);
        }

        _curations = null;
        var moved = 0;
        foreach (var article in rows.Select(r => r.Article).Distinct().Order())
        {
            moved += Reresolve(article);
        }

        var into = rows.Select(r => Column<long>("entity-of", "SELECT entity FROM article_entities WHERE article = $1 AND local_entity = $2", r.Article, r.LocalId).FirstOrDefault()).First();
        Refresh();
        return new EntityCurationResult(into, NameOf(into), moved);
    }

    public EntityCurationResult Rename(long id, string name)
    {
        var key = KeyOf(id);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("the new name is empty");
        }

        Record(EntityCurationAction.Rename, null, key, trimmed);
        NonQuery("rename", "UPDATE entities SET curated_name = $1, name = $1, norm = $2 WHERE id = $3", trimmed, EntityNames.Normalize(trimmed), id);
        return new EntityCurationResult(id, trimmed, 0);
    }

    public IReadOnlyList<EntityCuration> Curations()
        => Rows("curations", "SELECT id, action, key, target, name, created_at, active FROM entity_curations ORDER BY id", r => new EntityCuration(
            r.GetInt64(0), Enum.Parse<EntityCurationAction>(r.GetString(1), ignoreCase: true), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5))
        {
            Active = r.GetInt64(6) != 0,
        });

    public void Dispose() => _sql.Dispose();

    /// <summary>Resolves a stored article's entities again and moves those whose entity changed; returns how many moved.</summary>
    private int Reresolve(long article, bool stale = false)
    {
        var published = Column<string?>("published", "SELECT published FROM articles WHERE rowid = $1", article).FirstOrDefault();
        var rows = EntityRows("article-rows", "SELECT article, local_entity, name, label, country, latitude, longitude, mention_count, entity, subtype FROM article_entities WHERE article = $1 ORDER BY position", article);
        var entities = rows.Select(r => r.Entity).ToList();
        // A stored article's acronyms were learned when it was written; only the whole-store pass learns them again.
        var keys = Resolve(entities, published, learn: stale);
        var moved = 0;
        foreach (var row in rows)
        {
            if (!keys.TryGetValue(row.LocalId, out var key))
            {
                continue;
            }

            var id = Ensure(key, row.Entity);
            Noted(key, published);
            if (stale)
            {
                Relink(article, row.LocalId, id);
                AddName(id, row.Entity, +1);
            }
            else if (row.Entity.Entity != id)
            {
                Relink(article, row.LocalId, id);
                if (row.Entity.Entity is { } old)
                {
                    AddName(old, row.Entity, -1);
                }

                AddName(id, row.Entity, +1);
                moved++;
            }
        }

        return moved;
    }

    private Dictionary<string, string> Resolve(IReadOnlyList<ArticleEntity> entities, string? published, bool learn)
    {
        var curations = _curations ??= LoadCurations();
        var literal = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (EntityNames.Normalize(e.Name).Length > 0)
            {
                literal.TryAdd(e.LocalId, e.Key);
            }
        }

        var middles = WithoutMiddles(literal.Values);
        var named = literal.Values.Select(k => middles.GetValueOrDefault(k, k)).ToList();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (!literal.TryGetValue(e.LocalId, out var key) || keys.ContainsKey(e.LocalId))
            {
                continue;
            }

            // A one-word name in capitals ("DO") is a heading or an acronym, not a surname.
            var ruled = CanonicalKeys.IsSingleWordPerson(key) && CanonicalKeys.AcronymOf(e.Name) is null
                ? SurnameBearer(key[CanonicalKeys.PersonPrefix.Length..], named, published)
                : middles.TryGetValue(key, out var without)
                    ? without
                    : !CanonicalKeys.IsPerson(key) && !CanonicalKeys.IsPlace(key) && CanonicalKeys.AcronymOf(e.Name) is { } acronym
                        ? Expansion(acronym, entities, literal, learn)
                        : null;
            var norm = EntityNames.Normalize(e.Name);
            var resolved = curations.Follow(ruled is not null && !curations.IsSplit(ruled, norm) ? ruled : key);
            keys[e.LocalId] = curations.IsSplit(resolved, norm) && resolved != key ? key : resolved;
        }

        return keys;
    }

    /// <summary>
    /// The article's person names that join the same name without its middle names and initials ("James C. Kopp" and
    /// "James Charles Kopp" join "James Kopp"): unless another middle is seen for it, in the article, among the names
    /// the shorter name's entity holds, or as an entity of its own ("George H. W. Bush" beside "George W. Bush": the
    /// shorter name is then either of two people, and each full name stays apart; a conflict found with names the
    /// shorter one holds has them resolved again at the end of the batch).
    /// </summary>
    private Dictionary<string, string> WithoutMiddles(IEnumerable<string> articleKeys)
    {
        var joins = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new List<MiddleNamed>();
        foreach (var key in articleKeys.Distinct(StringComparer.Ordinal))
        {
            if (CanonicalKeys.WithoutMiddle(key) is { } without)
            {
                named.Add(new MiddleNamed(key, without));
            }
        }

        foreach (var form in named.GroupBy(f => f.Without.Key, StringComparer.Ordinal))
        {
            var initials = form.Select(f => f.Without.Initials).Distinct(StringComparer.Ordinal).ToList();
            if (initials.Count > 1)
            {
                continue;
            }

            var joined = Column<string>("joined-names", "SELECT n.norm FROM entity_names n JOIN entities e ON e.id = n.entity WHERE e.key = $1", form.Key)
                .Select(norm => CanonicalKeys.PersonPrefix + norm).ToList();

            // The full names kept apart, found by the key's first name and surname (the surname is indexed); only those
            // some article still names.
            var first = form.Key[..(form.Key.IndexOf(' ', StringComparison.Ordinal) + 1)];
            var apart = Column<string>(
                "apart-names",
                "SELECT e.key FROM entities e WHERE e.surname = $1 AND substr(e.key, 1, length(CAST($2 AS TEXT))) = $2 AND EXISTS (SELECT 1 FROM entity_names n WHERE n.entity = e.id)",
                CanonicalKeys.SurnameOf(form.Key), first);
            var middles = joined.Concat(apart).Select(CanonicalKeys.WithoutMiddle).Where(o => o?.Key == form.Key).Select(o => o!.Value.Initials).ToList();
            if (middles.Any(m => m != initials[0]))
            {
                // The shorter name is either of two people: the names it had joined are resolved again at the end of
                // the batch; this one joins the full name kept apart with the same middle, when there is one.
                if (joined.Any(k => CanonicalKeys.WithoutMiddle(k)?.Key == form.Key))
                {
                    _middleConflicts.Add(form.Key);
                }

                var same = apart.Where(k => CanonicalKeys.WithoutMiddle(k) is { } o && o.Key == form.Key && o.Initials == initials[0]).Distinct(StringComparer.Ordinal).ToList();
                if (same.Count == 1)
                {
                    foreach (var (key, _) in form)
                    {
                        joins[key] = same[0];
                    }
                }

                continue;
            }

            foreach (var (key, _) in form)
            {
                joins[key] = form.Key;
            }
        }

        return joins;
    }

    /// <summary>
    /// The full name a one-word person's name is the surname of: the article's own, else the collection's in the period
    /// when there is exactly one, or when one bearer is named in <see cref="EntityResolutionOptions.SurnameDominance"/>
    /// times as many of the period's articles as any other (and in at least
    /// <see cref="EntityResolutionOptions.SurnameDominantArticles"/>): the one the news of that month calls by the surname.
    /// </summary>
    private string? SurnameBearer(string surname, IEnumerable<string> articleKeys, string? published)
    {
        var own = articleKeys.Where(k => CanonicalKeys.SurnameOf(k) == surname).Distinct(StringComparer.Ordinal).ToList();
        if (own.Count > 0)
        {
            return own.Count == 1 ? own[0] : null;
        }

        var day = Export.ExportValues.Day(published);
        var inPeriod = $"""
            (CAST($2 AS TEXT) IS NULL OR a.published IS NULL
             OR abs({dialect.DaysBetween("substr(CAST($2 AS TEXT), 1, 10)", "substr(a.published, 1, 10)")}) <= $3)
            """;
        var bearers = Column<string>(
            "bearers",
            $"""
            SELECT e.key FROM entities e
            WHERE e.surname = $1 AND EXISTS (
                SELECT 1 FROM article_entities ae JOIN articles a ON a.rowid = ae.article
                WHERE ae.entity = e.id AND {inPeriod})
            LIMIT 2
            """,
            surname, day, options.SurnameWindowDays);
        if (bearers.Count < 2)
        {
            return bearers.Count == 1 ? bearers[0] : null;
        }

        // Two or more: counted only now, so a surname of one bearer (the common case) costs what it did.
        var counted = Rows(
            "bearer-articles",
            $"""
            SELECT e.key, COUNT(DISTINCT ae.article) FROM entities e
            JOIN article_entities ae ON ae.entity = e.id JOIN articles a ON a.rowid = ae.article
            WHERE e.surname = $1 AND {inPeriod}
            GROUP BY e.key ORDER BY COUNT(DISTINCT ae.article) DESC, e.key LIMIT 2
            """,
            r => new BearerArticles(r.GetString(0), r.GetInt64(1)),
            surname, day, options.SurnameWindowDays);
        return counted[0].Articles >= options.SurnameDominantArticles
               && counted[0].Articles >= options.SurnameDominance * counted[1].Articles
            ? counted[0].Key
            : null;
    }

    /// <summary>The expansion of an acronym: spelled out in the same article, else the one the collection has learned (only when it has learned one).</summary>
    private string? Expansion(string acronym, IReadOnlyList<ArticleEntity> entities, Dictionary<string, string> literal, bool learn)
    {
        var own = entities
            .Where(o => literal.TryGetValue(o.LocalId, out var k) && !CanonicalKeys.IsPerson(k) && CanonicalKeys.InitialsOf(o.Name) == acronym)
            .Select(o => literal[o.LocalId]).Distinct(StringComparer.Ordinal).ToList();
        if (own.Count == 1)
        {
            if (learn && Column<long>("acronym-known", "SELECT articles FROM entity_acronyms WHERE acronym = $1 AND key = $2", acronym, own[0]).Count == 0)
            {
                _acronyms.Add(acronym);
            }

            if (learn)
            {
                NonQuery("learn", "INSERT INTO entity_acronyms(acronym, key, articles) VALUES($1, $2, 1) ON CONFLICT(acronym, key) DO UPDATE SET articles = entity_acronyms.articles + 1", acronym, own[0]);
            }

            return own[0];
        }

        var learned = Column<string>("acronym", "SELECT key FROM entity_acronyms WHERE acronym = $1 LIMIT 2", acronym);
        return learned.Count == 1 ? learned[0] : null;
    }

    private void Noted(string key, string? published)
    {
        if (CanonicalKeys.SurnameOf(key) is { } surname)
        {
            var date = Export.ExportValues.Day(published);
            _surnames[surname] = _surnames.TryGetValue(surname, out var seen) ? seen.With(date) : BearerDates.Of(date);
        }
    }

    /// <summary>A person's key as an article names it, with its middle names, and the same key without them.</summary>
    private readonly record struct MiddleNamed(string Key, NameWithoutMiddle Without);

    /// <summary>A bearer of a surname (a full name's key) and how many of the period's articles name it (<see cref="SurnameBearer"/>).</summary>
    private readonly record struct BearerArticles(string Key, long Articles);

    /// <summary>The dates of the batch's articles that name a full name with one surname (undated: any article can change).</summary>
    private readonly record struct BearerDates(string? First, string? Last, bool Undated)
    {
        public static BearerDates Of(string? date) => new(date, date, date is null);

        public BearerDates With(string? date) => date is null || Undated
            ? this with { Undated = true }
            : new(string.CompareOrdinal(date, First) < 0 ? date : First, string.CompareOrdinal(date, Last) > 0 ? date : Last, false);
    }

    /// <summary>The ids of the stored entities among <paramref name="keys"/>, in one query, so that <see cref="Ensure"/> looks up none of them again.</summary>
    private void FindIds(IEnumerable<string> keys)
    {
        var missing = keys.Where(k => !_ids.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        _sql.ForEach("find-many", $"SELECT key, id FROM entities WHERE {dialect.InJsonTextArray("key", "$1")}", [StoreJson.Array(missing)], row => _ids[row.Text(0)] = row.Int64(1));
    }

    /// <summary>The id of the entity of <paramref name="key"/>, inserted when new; <paramref name="lookedUp"/>: <see cref="FindIds"/> has read the key, so it is not stored unless in <c>_ids</c>.</summary>
    private long Ensure(string key, ArticleEntity e, bool lookedUp = false)
    {
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        // Look up before inserting: most keys exist, and an upsert would rewrite their row every time.
        id = Convert.ToInt64(
            (lookedUp ? null : Scalar("find", "SELECT id FROM entities WHERE key = $1", key))
            ?? Scalar(
                "ensure",
                "INSERT INTO entities(key, label, name, norm, surname, country, latitude, longitude) VALUES($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                key, e.Label, e.Name, EntityNames.Normalize(e.Name), CanonicalKeys.SurnameOf(key), e.Country, e.Latitude, e.Longitude),
            CultureInfo.InvariantCulture);
        _ids[key] = id;
        return id;
    }

    private void AddName(long entity, ArticleEntity e, int sign)
    {
        _touched.Add(entity);
        if (sign > 0)
        {
            NonQuery(
                "name-add",
                """
                INSERT INTO entity_names(entity, name, label, country, norm, latitude, longitude, articles, mentions) VALUES($1, $2, $3, $4, $5, $6, $7, 1, $8)
                ON CONFLICT(entity, name, label, country) DO UPDATE SET articles = entity_names.articles + 1, mentions = entity_names.mentions + excluded.mentions,
                    latitude = coalesce(entity_names.latitude, excluded.latitude), longitude = coalesce(entity_names.longitude, excluded.longitude)
                """,
                entity, e.Name, e.Label, e.Country ?? string.Empty, EntityNames.Normalize(e.Name), e.Latitude, e.Longitude, e.Mentions);
        }
        else
        {
            NonQuery("name-remove", "UPDATE entity_names SET articles = articles - 1, mentions = mentions - $5 WHERE entity = $1 AND name = $2 AND label = $3 AND country = $4",
                entity, e.Name, e.Label, e.Country ?? string.Empty, e.Mentions);
            NonQuery("name-drop", "DELETE FROM entity_names WHERE entity = $1 AND articles <= 0", entity);
        }
    }

    /// <summary>Points every layer's reference to one article entity at another canonical entity.</summary>
    private void Relink(long article, string localId, long entity)
    {
        foreach (var (table, key, local) in EntityFields())
        {
            NonQuery("relink:" + table + key, $"UPDATE {Q(table)} SET {Q(key)} = $1 WHERE article = $2 AND {Q(local)} = $3", entity, article, localId);
        }
    }

    private IEnumerable<(string Table, string Key, string Local)> EntityFields()
    {
        foreach (var layer in layers.Stored)
        {
            var fields = LayerSchema.Fields(layer.Table!);
            for (var i = 0; i + 1 < fields.Count; i++)
            {
                if (fields[i].Kind == StoredFieldKind.EntityKey)
                {
                    yield return (layer.Table!.Name, fields[i].Name, fields[i + 1].Name);
                }
            }
        }
    }

    /// <summary>Chooses again the type, name and place of each entity touched; an entity no article entity holds any more is removed.</summary>
    private void Refresh()
    {
        // The names and the key of many entities per query: a batch touches thousands.
        foreach (var chunk in _touched.Order().Chunk(500))
        {
            var ids = StoreJson.Array(chunk);
            var names = new Dictionary<long, List<NameCount>>();
            _sql.ForEach("names-of-many", $"SELECT entity, name, label, country, latitude, longitude, articles, mentions FROM entity_names WHERE {dialect.InJsonArray("entity", "$1")} ORDER BY entity, name, label, country", [ids], r =>
            {
                var count = new NameCount(r.Text(1), r.Text(2), r.Text(3), r.IsNull(4) ? null : r.Double(4), r.IsNull(5) ? null : r.Double(5), r.Int64(6), r.Int64(7));
                var entity = r.Int64(0);
                (names.TryGetValue(entity, out var list) ? list : names[entity] = []).Add(count);
            });

            var heads = new Dictionary<long, EntityHead>();
            _sql.ForEach("heads-of-many", $"SELECT id, key, curated_name, label, name, norm, country, latitude, longitude FROM entities WHERE {dialect.InJsonArray("id", "$1")}", [ids], r =>
                heads[r.Int64(0)] = new EntityHead(
                    r.Text(1),
                    r.IsNull(2) ? null : r.Text(2),
                    new EntityShown(r.Text(3), r.Text(4), r.Text(5), r.IsNull(6) ? null : r.Text(6), r.IsNull(7) ? null : r.Double(7), r.IsNull(8) ? null : r.Double(8))));

            foreach (var id in chunk)
            {
                Refresh(id, names.GetValueOrDefault(id) ?? [], heads.TryGetValue(id, out var head) ? head : null);
            }
        }

        _touched.Clear();
    }

    /// <summary>
    /// Chooses one entity's type, name and place from its names (in key order, so that every store breaks ties alike);
    /// the row is written only when that changes it (most entities a batch touches are shown as they were).
    /// </summary>
    private void Refresh(long id, List<NameCount> names, EntityHead? head)
    {
        if (names.Count == 0 || head is null)
        {
            NonQuery("drop-entity", "DELETE FROM entities WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM article_entities WHERE entity = $1)", id);
            return;
        }

        var (key, curated, stored) = head.Value;
        var chosen = CanonicalChoice.Of(key, names);
        var name = curated ?? chosen.Name;
        var shown = new EntityShown(chosen.Label, name, EntityNames.Normalize(name), chosen.Country, chosen.Latitude, chosen.Longitude);
        if (shown.SameAs(stored))
        {
            return;
        }

        NonQuery("refresh", "UPDATE entities SET label = $2, name = $3, norm = $4, country = $5, latitude = $6, longitude = $7 WHERE id = $1",
            id, shown.Label, shown.Name, shown.Norm, shown.Country, shown.Latitude, shown.Longitude);
    }

    /// <summary>An entity's key and curated name, and what it is shown as now (<see cref="Refresh(long, List{NameCount}, EntityHead?)"/>).</summary>
    private readonly record struct EntityHead(string Key, string? Curated, EntityShown Stored);

    /// <summary>The columns of an entity that <see cref="Refresh(long, List{NameCount}, EntityHead?)"/> chooses.</summary>
    internal readonly record struct EntityShown(string Label, string Name, string Norm, string? Country, double? Latitude, double? Longitude)
    {
        /// <summary>The same values as stored: strings ordinal, coordinates bit for bit (0.0 and -0.0 differ).</summary>
        public bool SameAs(EntityShown other)
            => string.Equals(Label, other.Label, StringComparison.Ordinal) && string.Equals(Name, other.Name, StringComparison.Ordinal)
               && string.Equals(Norm, other.Norm, StringComparison.Ordinal) && string.Equals(Country, other.Country, StringComparison.Ordinal)
               && SameBits(Latitude, other.Latitude) && SameBits(Longitude, other.Longitude);

        private static bool SameBits(double? a, double? b)
            => a is { } x ? b is { } y && BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y) : b is null;
    }

    private void Record(EntityCurationAction action, string? key, string target, string? name)
    {
        NonQuery("record", "INSERT INTO entity_curations(action, key, target, name, created_at) VALUES($1, $2, $3, $4, $5)",
            action.ToString().ToLowerInvariant(), key, target, name, DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        _curations = null;
    }

    private CurationRules LoadCurations()
    {
        var merges = new Dictionary<string, string>(StringComparer.Ordinal);
        var splits = new HashSet<(string, string)>();
        foreach (var c in Curations().Where(c => c.Active))
        {
            if (c.Action == EntityCurationAction.Merge && c.Key is not null)
            {
                merges[c.Key] = c.Target;
            }
            else if (c.Action == EntityCurationAction.Split && c.Name is not null)
            {
                splits.Add((c.Target, c.Name));
            }
        }

        return new CurationRules(merges, splits);
    }

    private string KeyOf(long id)
        => Column<string>("key-of", "SELECT key FROM entities WHERE id = $1", id).FirstOrDefault()
            ?? throw new KeyNotFoundException($"no entity with id {id}");

    private string NameOf(long id) => Column<string>("name-of", "SELECT name FROM entities WHERE id = $1", id).FirstOrDefault() ?? string.Empty;

    /// <summary>Stored article entities, as <see cref="Read"/> makes them, read row by row without an ADO.NET reader where the dialect can.</summary>
    private List<(long Article, string LocalId, string Name, ArticleEntity Entity)> EntityRows(string name, string sql, long value)
    {
        var rows = new List<(long Article, string LocalId, string Name, ArticleEntity Entity)>();
        _sql.ForEach(name, sql, [value], r => rows.Add(Read(r)));
        return rows;
    }

    private static (long Article, string LocalId, string Name, ArticleEntity Entity) Read(IRow r)
    {
        var e = new ArticleEntity(r.Text(1), r.Text(2), r.Text(3), r.IsNull(9) ? null : r.Text(9), r.IsNull(4) ? null : r.Text(4),
            r.IsNull(5) ? null : r.Double(5), r.IsNull(6) ? null : r.Double(6), r.IsNull(7) ? 0 : r.Int64(7))
        {
            Entity = r.IsNull(8) ? null : r.Int64(8),
        };
        return (r.Int64(0), e.LocalId, e.Name, e);
    }

    private static string Dotted(string acronym) => string.Join('.', acronym.ToLowerInvariant().ToCharArray()) + ".";

    private static string Q(string identifier) => LayerSchema.Quote(identifier);

    private void NonQuery(string name, string sql, params object?[] values) => _sql.NonQuery(name, sql, values);

    private object? Scalar(string name, string sql, params object?[] values) => _sql.Scalar(name, sql, values);

    private List<T> Rows<T>(string name, string sql, Func<DbDataReader, T> read, params object?[] values) => _sql.Rows(name, sql, read, values);

    private List<T> Column<T>(string name, string sql, params object?[] values) => _sql.Column<T>(name, sql, values);

    private sealed class CurationRules(Dictionary<string, string> merges, HashSet<(string Target, string Name)> splits)
    {
        public bool IsSplit(string target, string norm) => splits.Contains((target, norm));

        /// <summary>The key a curator's merges lead to (a cycle stops where it would repeat).</summary>
        public string Follow(string key)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (merges.TryGetValue(key, out var next) && seen.Add(key))
            {
                key = next;
            }

            return key;
        }
    }
}
