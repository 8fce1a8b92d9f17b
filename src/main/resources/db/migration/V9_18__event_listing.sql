-- Issue 18: what `invito events list` shows of each event, in columns of its own, so listing 10,000
-- events reads neither their JSON documents (two thirds of an events row) nor decodes them.
-- One row per event, written with it in the same transaction (EventStore); last_changed is the
-- event's, so a row an older invito changed without this table is found and written again (the
-- index on events.last_changed answers MAX(last_changed) without reading the rows).
-- The rows of the events stored before this migration are written from their documents by invito
-- right after it (EventStore.catchUpListing): SQL cannot read the documents in both H2 and
-- PostgreSQL. Nothing in events changes.
-- start_at orders the rows as events.start_at does (to the microsecond); start_instant is the
-- start as the document has it, to the nanosecond. kinds and sources: each value followed by a
-- line feed (see store.EventListing).
-- Written in the SQL that H2 2.x and PostgreSQL 15 share, as V1.
CREATE TABLE event_listing (
  id CHARACTER VARYING(64) NOT NULL PRIMARY KEY REFERENCES events (id),
  start_at TIMESTAMP WITH TIME ZONE,
  start_instant CHARACTER VARYING(40),
  status CHARACTER VARYING(20) NOT NULL,
  title CHARACTER VARYING NOT NULL,
  url CHARACTER VARYING,
  kinds CHARACTER VARYING NOT NULL,
  attendance CHARACTER VARYING(20) NOT NULL,
  sources CHARACTER VARYING NOT NULL,
  previous_start CHARACTER VARYING(100),
  last_changed TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX events_last_changed ON events (last_changed);
CREATE INDEX event_listing_last_changed ON event_listing (last_changed);
