-- The ids an event's copies had, each pointing to the id the event was first stored under. A
-- merged event takes its id from its copies; when the copy that gave it is missing next time (a
-- 404, a source backing off), the others still lead to the stored event, so it is not stored twice.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share, as V1.
CREATE TABLE event_aliases (
  alias CHARACTER VARYING(64) NOT NULL,
  event_id CHARACTER VARYING(64) NOT NULL,
  CONSTRAINT event_aliases_pk PRIMARY KEY (alias)
);
CREATE INDEX event_aliases_event ON event_aliases (event_id);
