-- Matches are kept so the digest can show, for each event, the contacts it suits and why, even
-- after the drafts were written and the pair is no longer matched again.
CREATE TABLE matches (
  event_id CHARACTER VARYING(64) NOT NULL,
  contact_id CHARACTER VARYING(200) NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  reasons CHARACTER VARYING NOT NULL,
  matched_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT matches_pk PRIMARY KEY (event_id, contact_id)
);

-- When each week's digest was written: "new" and "rescheduled" markers count from the last
-- digest of an earlier week.
CREATE TABLE digests (
  iso_week CHARACTER VARYING(8) NOT NULL,
  generated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT digests_pk PRIMARY KEY (iso_week)
);
