-- Version 1: articles with their knowledge layers, collection-wide entities, failures, full-text index, near-duplicate index.
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL,
    input TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    modified TEXT,
    authors TEXT,
    language TEXT,
    site TEXT,
    dateline_place TEXT,
    dateline_agency TEXT,
    reading_time INTEGER,
    description TEXT,
    image TEXT,
    text TEXT NOT NULL,
    paragraphs TEXT,
    warnings TEXT,
    duplicate_of INTEGER REFERENCES articles(rowid),
    minhash BLOB,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');

-- Entities are canonical across the collection: one row per (label, normalized name).
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    country TEXT,
    latitude REAL,
    longitude REAL,
    UNIQUE(label, norm)
);
CREATE INDEX entities_norm ON entities(norm);

CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    local_id TEXT NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id),
    name TEXT NOT NULL,
    roles TEXT,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY(article, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity);

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    entity INTEGER REFERENCES entities(id),
    local_entity TEXT
);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker INTEGER REFERENCES entities(id),
    local_speaker TEXT
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE times (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT
);
CREATE INDEX times_article ON times(article);

CREATE TABLE amounts (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value REAL NOT NULL,
    upper_value REAL,
    modifier TEXT,
    unit TEXT
);
CREATE INDEX amounts_article ON amounts(article);

CREATE TABLE relations (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    type TEXT NOT NULL,
    subject INTEGER REFERENCES entities(id),
    object INTEGER REFERENCES entities(id),
    local_subject TEXT NOT NULL,
    local_object TEXT NOT NULL
);
CREATE INDEX relations_article ON relations(article);

CREATE TABLE related_links (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT,
    url TEXT
);
CREATE INDEX related_links_article ON related_links(article);

-- Inputs that could not be stored; hash makes a re-run skip them as it skips stored articles.
CREATE TABLE failures (
    rowid INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL,
    input TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    component TEXT,
    failed_at TEXT NOT NULL
);
CREATE INDEX failures_kind ON failures(kind);

-- MinHash LSH bands: one row per (band key, article); articles sharing a band key are near-duplicate candidates.
CREATE TABLE minhash_bands (
    band_key INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY(band_key, article)
) WITHOUT ROWID;
