-- The chrome the extractor removed, with its reason, so that stored articles can show it (web UI, show, export).
CREATE TABLE removed_blocks (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX removed_blocks_article ON removed_blocks(article);
