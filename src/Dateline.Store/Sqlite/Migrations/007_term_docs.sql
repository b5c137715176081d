-- How many articles hold each common word of the full-text index, written by SqliteArticleStore.Optimize() (a bulk
-- load ends with it). Search ranks with these counts (Fts5Ranking) instead of FTS5's bm25(), which counts every
-- article of each query word on every search: a pass over a million rows for a word in every article of a million
-- (bench/README.md, issue 20). `rows` is the newest article's row when counted: counts older than a tenth of the
-- store's growth are counted again per search. Derived data, rebuilt whole by the next Optimize().
DROP TABLE IF EXISTS fts_term_docs;

CREATE TABLE fts_term_docs (
    term TEXT PRIMARY KEY,
    docs INTEGER NOT NULL,
    rows INTEGER NOT NULL
) WITHOUT ROWID;
