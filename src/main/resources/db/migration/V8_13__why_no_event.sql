-- Why a source's content, read last time, gave no event ("a list of 12 blocks, dated but without
-- titles; try selectors"): `sources status` says it, so a source that yields nothing is never
-- silently "ok". Empty when the last read gave events. Written in the SQL that H2 2.x and
-- PostgreSQL 15 share.
ALTER TABLE source_health ADD COLUMN why_no_event CHARACTER VARYING(1000);
