-- Issue 17: what the owner decides on the review desk.
-- A suggestion (an event for a contact) is approved, skipped, or "not for this person"; the latest
-- decision is kept, one row per pair. The drafts' own states stay in invitations: skipping a
-- suggestion also skips its drafts there, as `invito invites skip` does.
-- An edit the owner saved on the desk is a revision of the draft like any other (invitations); this
-- table says which revisions the owner wrote, by invitation id and the hash of the bytes, so a later
-- change of the event leaves them current and offers the rewrite beside them instead.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share, as V1.
CREATE TABLE suggestion_decisions (
  event_id CHARACTER VARYING(64) NOT NULL,
  contact_id CHARACTER VARYING(200) NOT NULL,
  decision CHARACTER VARYING(20) NOT NULL,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT suggestion_decisions_pk PRIMARY KEY (event_id, contact_id)
);

CREATE TABLE draft_edits (
  invitation_id CHARACTER VARYING(200) NOT NULL,
  content_hash CHARACTER VARYING(128) NOT NULL,
  edited_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT draft_edits_pk PRIMARY KEY (invitation_id, content_hash)
);
