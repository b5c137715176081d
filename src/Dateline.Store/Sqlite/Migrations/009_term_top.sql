-- The best articles of each word of fts_term_docs by the word's own BM25 part (its weighted instances `frequency` and
-- the article's length `size`, what dateline_bm25 reads from the index), written by SqliteArticleStore.Optimize():
-- the SearchRankLimit best of each word as the index stood then (fts_term_docs.rows). A one-word search ranks these
-- and the articles stored since instead of the newest matches only (bench/README.md, issue 20). Derived data, rebuilt
-- whole by the next Optimize().
DROP TABLE IF EXISTS fts_term_top;

CREATE TABLE fts_term_top (
    term TEXT NOT NULL,
    article INTEGER NOT NULL,
    frequency REAL NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (term, article)
) WITHOUT ROWID;
