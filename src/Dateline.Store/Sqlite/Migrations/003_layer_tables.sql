-- Version 3: layer tables are built from the registered layers (SqliteLayerSchema: one row per record keyed by
-- article and position). The tables versions 1 and 2 made by hand are renamed legacy_*; SqliteLegacyLayers copies
-- their rows into the layer tables (and the paragraphs column of articles into the paragraphs table), then drops them.
DROP INDEX IF EXISTS mentions_article;
DROP INDEX IF EXISTS mentions_entity;
DROP INDEX IF EXISTS quotes_article;
DROP INDEX IF EXISTS quotes_speaker;
DROP INDEX IF EXISTS times_article;
DROP INDEX IF EXISTS amounts_article;
DROP INDEX IF EXISTS relations_article;
DROP INDEX IF EXISTS related_links_article;
DROP INDEX IF EXISTS removed_blocks_article;
DROP INDEX IF EXISTS article_entities_entity;
ALTER TABLE article_entities RENAME TO legacy_article_entities;
ALTER TABLE mentions RENAME TO legacy_mentions;
ALTER TABLE quotes RENAME TO legacy_quotes;
ALTER TABLE times RENAME TO legacy_times;
ALTER TABLE amounts RENAME TO legacy_amounts;
ALTER TABLE relations RENAME TO legacy_relations;
ALTER TABLE related_links RENAME TO legacy_related_links;
ALTER TABLE removed_blocks RENAME TO legacy_removed_blocks;
