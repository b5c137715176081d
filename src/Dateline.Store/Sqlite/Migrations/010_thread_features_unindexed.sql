-- Version 10: thread_features is read by feature only (the postings, by its primary key); the index by article was
-- read by nothing but the vector backfill of version 8 (Threads/ThreadBackfill), which builds it for as long as it
-- runs. Each article writes 60 rows, and each of them went into the index as well as the table (bench/README.md, issue 20).
DROP INDEX IF EXISTS thread_features_article;
