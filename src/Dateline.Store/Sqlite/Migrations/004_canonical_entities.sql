-- Version 4: collection-wide entities are canonical (one per real-world thing, CanonicalEntities): a row per
-- resolution key instead of per (label, normalized name), with the names they were seen under, the surname index the
-- surname rule looks up, acronyms learned from articles that spell them out, and a curator's merges, splits and renames.
-- The version-3 rows are kept as entities_v3 until SqliteEntityResolver re-resolves every stored article (legacy
-- imports read them first), then dropped.
CREATE TABLE entities_v3 AS SELECT * FROM entities;
DROP INDEX IF EXISTS entities_norm;
DROP TABLE entities;
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    surname TEXT,
    country TEXT,
    latitude REAL,
    longitude REAL,
    curated_name TEXT
);
CREATE INDEX entities_norm ON entities(norm);
CREATE INDEX entities_surname ON entities(surname);

-- Every name, type and country an entity was seen under, with how many article entities and mentions carry them:
-- the aliases search and entity pages use, and the counts the entity's type, name and place are chosen from. Kept up
-- to date as article entities are linked and unlinked, so choosing never rescans an entity's articles.
CREATE TABLE entity_names (
    entity INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    country TEXT NOT NULL,
    norm TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY(entity, name, label, country)
) WITHOUT ROWID;
CREATE INDEX entity_names_norm ON entity_names(norm);

-- An acronym and the key of the expansion an article spelled it out as ("NATO" → north atlantic treaty organization).
CREATE TABLE entity_acronyms (
    acronym TEXT NOT NULL,
    key TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY(acronym, key)
) WITHOUT ROWID;

-- A curator's decisions, by resolution key so that they hold for articles ingested later: merge (key joins target),
-- split (a name seen under target resolves to its own key again), rename (target is shown as name).
CREATE TABLE entity_curations (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    key TEXT,
    target TEXT NOT NULL,
    name TEXT,
    created_at TEXT NOT NULL,
    -- 0 once a later curation undid it (a merge back after a split, a split after a merge); kept as history.
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX entity_curations_target ON entity_curations(target);
