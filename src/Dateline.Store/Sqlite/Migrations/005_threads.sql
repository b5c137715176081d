-- Version 5: story threads (Threads/ThreadAssigner): each article belongs to one thread, placed as it is written;
-- articles stored before this version are placed when the store is first opened (Threads/ThreadBackfill).
CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    first_published TEXT,           -- yyyy-MM-dd of the earliest dated article, NULL while none is dated
    last_published TEXT,            -- yyyy-MM-dd of the latest dated article
    article_count INTEGER NOT NULL,
    label TEXT,                     -- the title of the most central article (label_article)
    label_article INTEGER REFERENCES articles(rowid)
);
CREATE INDEX threads_last_published ON threads(last_published);

CREATE TABLE article_threads (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid),
    thread INTEGER NOT NULL REFERENCES threads(id),
    score REAL,                     -- the similarity by which it joined; NULL when it started the thread or is a near-duplicate
    centrality REAL NOT NULL        -- its similarity plus that of the articles that joined through it
);
CREATE INDEX article_threads_thread ON article_threads(thread);

-- Each article's heaviest features with their weights in its unit-length vector: the index candidates are found by.
CREATE TABLE thread_features (
    feature TEXT NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid),
    weight REAL NOT NULL,
    PRIMARY KEY(feature, article)
) WITHOUT ROWID;
CREATE INDEX thread_features_article ON thread_features(article);

-- How many threaded articles have each feature, and how many articles are threaded: IDF over the collection so far.
CREATE TABLE thread_term_df (
    feature TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE thread_collection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    articles INTEGER NOT NULL
);
INSERT INTO thread_collection(id, articles) VALUES (1, 0);
