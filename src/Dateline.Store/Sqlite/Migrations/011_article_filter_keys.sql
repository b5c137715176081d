-- Version 11: the filter columns a search's window and its facets' sample read for every match, without the wide url
-- and input (which only the source filter reads), in an index keyed by row: 1,042 pages at 100,000 articles against
-- the table's 2,514, so the rows of a word whose matches are spread over the store stay in a read connection's cache.
-- Named with INDEXED BY where no source filter is given (SqlSearch.FilterKeys; bench/README.md, issue 20, session 11).
-- Its keys arrive in row order, so each write appends to its last pages.
CREATE INDEX IF NOT EXISTS article_filters_keys ON article_filters(rowid, published, site, language, duplicate_of);
