-- The columns a search filters its matches by and its facets count, one narrow row per article, kept by triggers.
-- A word search checks up to SearchWindow (5000) matches against its filters; read from `articles` (whose rows hold
-- the text: about a page each) that is thousands of page reads per query, from this table a few dozen
-- (bench/README.md, issue 20). PostgreSQL keeps the text out of line, so its `articles` rows are narrow already.
-- Derived data, rebuilt whole: a store set back to an older version (a test, a restore) migrates again cleanly.
DROP TRIGGER IF EXISTS article_filters_insert;
DROP TRIGGER IF EXISTS article_filters_update;
DROP TRIGGER IF EXISTS article_filters_delete;
DROP TABLE IF EXISTS article_filters;

CREATE TABLE article_filters (
    rowid INTEGER PRIMARY KEY,
    published TEXT,
    site TEXT,
    language TEXT,
    url TEXT,
    input TEXT NOT NULL,
    duplicate_of INTEGER
);

INSERT INTO article_filters(rowid, published, site, language, url, input, duplicate_of)
SELECT rowid, published, site, language, url, input, duplicate_of FROM articles;

CREATE TRIGGER article_filters_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_filters(rowid, published, site, language, url, input, duplicate_of)
    VALUES (new.rowid, new.published, new.site, new.language, new.url, new.input, new.duplicate_of);
END;

CREATE TRIGGER article_filters_update AFTER UPDATE OF rowid, published, site, language, url, input, duplicate_of ON articles BEGIN
    UPDATE article_filters SET rowid = new.rowid, published = new.published, site = new.site, language = new.language,
        url = new.url, input = new.input, duplicate_of = new.duplicate_of
    WHERE rowid = old.rowid;
END;

CREATE TRIGGER article_filters_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_filters WHERE rowid = old.rowid;
END;
