-- The owner's mailbox (issue 16): the drafts put in its Drafts folder, how far its Sent folder has
-- been read, and how the last push and sync went, for `invito status`.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share, as V1.

-- When an invitation was sent, as the Sent folder dates it; NULL when marked sent by hand, where
-- the draft's creation stands in for it.
ALTER TABLE invitations ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;

-- What was pushed for each draft: its Message-ID and the hash of the bytes appended, so a revised
-- draft replaces the copy in the mailbox only while that copy is the one pushed, untouched.
-- state: PUSHED, or LEFT when a revision was not pushed because the owner had edited or removed
-- the copy (content_hash is then the revision's, so it is reported once).
CREATE TABLE pushed_drafts (
  invitation_id CHARACTER VARYING(200) NOT NULL,
  message_id CHARACTER VARYING(1000) NOT NULL,
  content_hash CHARACTER VARYING(64) NOT NULL,
  state CHARACTER VARYING(20) NOT NULL,
  pushed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pushed_drafts_pk PRIMARY KEY (invitation_id)
);

-- The last push and the last sync: when tried, when last done, what happened; for the sync, the
-- Sent folder read and how far (UIDVALIDITY and the highest UID read), so only newer mail is read.
CREATE TABLE mailbox_passes (
  kind CHARACTER VARYING(10) NOT NULL,
  attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  succeeded_at TIMESTAMP WITH TIME ZONE,
  outcome CHARACTER VARYING NOT NULL,
  folder CHARACTER VARYING(1000),
  uid_validity BIGINT,
  last_uid BIGINT,
  CONSTRAINT mailbox_passes_pk PRIMARY KEY (kind)
);
