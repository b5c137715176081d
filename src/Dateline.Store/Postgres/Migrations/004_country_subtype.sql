-- Version 4: a place is keyed as its country only when the article's resolver read it as the country itself (entity
-- subtype `country`, issue 22); before, every place with a country and no coordinates was ("Atlanta", "Palm Beach
-- County" keyed country|united states). Nothing to rewrite in SQL (the stored article entities do not say which
-- names were countries): a store whose entities hold such places is refused before this runs and must be ingested
-- again (Entities/StaleCountryKeys, docs/entities.md rule 1).
SELECT 1;
