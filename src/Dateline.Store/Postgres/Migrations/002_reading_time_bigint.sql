-- Version 2: reading_time as BIGINT, as every other integer column. The writer binds every integer as a 64-bit one
-- (PostgresDialect.Bindable); a statement whose first run bound NULL to reading_time was prepared with the column's
-- own type (INTEGER), and a later run binding a 64-bit number to it failed ("incorrect binary data format").
ALTER TABLE articles ALTER COLUMN reading_time TYPE BIGINT;
