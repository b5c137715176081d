-- Version 7: each threaded article's kept features as one row (Threads/ThreadVectors), read whole when a new article
-- is compared with it; thread_features stays the index candidates are found by. The articles threaded before this
-- version are listed in thread_vectors_pending: the next open writes their vectors from thread_features and drops
-- the list (Threads/ThreadBackfill).
-- Derived data: a store set back to an older version (a test, a restore) migrates again and rebuilds them.
DROP TABLE IF EXISTS thread_vectors_pending;
DROP TABLE IF EXISTS thread_vectors;
CREATE TABLE thread_vectors (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid),
    features BLOB NOT NULL
);

CREATE TABLE thread_vectors_pending AS SELECT article FROM article_threads;

-- Each posting carries its article's thread (which never changes once placed), so finding candidates reads the
-- postings alone instead of looking the thread up for each of them.
ALTER TABLE thread_features ADD COLUMN thread INTEGER;
UPDATE thread_features SET thread = (SELECT t.thread FROM article_threads t WHERE t.article = thread_features.article);
