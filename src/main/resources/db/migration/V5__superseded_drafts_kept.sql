-- A draft that a changed event supersedes is kept, not replaced: the owner may have sent it, and
-- "nothing already stored is ever lost". Each event, contact and channel now has numbered
-- revisions of its draft (the invitation id stays the same, as it is what the owner types and what
-- the e-mail's Message-ID carries); the one with the highest revision is the current draft and
-- every earlier one has status SUPERSEDED. superseded_status is the status a revision had when the
-- next one replaced it (DRAFTED, SENT or SKIPPED), so a sent invitation that is out of date stays
-- visible; superseded_at is when that happened (the created_at of the next revision).
-- Written in the SQL that H2 2.x and PostgreSQL 15 share, as V1.
ALTER TABLE invitations ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE invitations ADD COLUMN superseded_status CHARACTER VARYING(20);
ALTER TABLE invitations ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;

-- One row per revision instead of one per event, contact and channel.
ALTER TABLE invitations DROP CONSTRAINT invitations_once;
ALTER TABLE invitations DROP CONSTRAINT invitations_pk;
ALTER TABLE invitations ADD CONSTRAINT invitations_pk PRIMARY KEY (id, revision);
ALTER TABLE invitations
  ADD CONSTRAINT invitations_once UNIQUE (event_id, contact_id, channel, revision);
