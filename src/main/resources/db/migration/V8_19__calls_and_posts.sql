-- Issue 19: the daily call list and the week's public post, kept with the invitations.
-- A call is proposed for a day (status PROPOSED) and marked DONE by `invito calls done`; a day's
-- list, once made, is what every later `invito calls --date` shows, so the lists a month of mornings
-- made are the record the next list spreads its people from. event_id and topic are the
-- opportunity the call can mention, when one suits the contact. done_on is the day the call was
-- made (a past day for a call marked late), which "not called yesterday" reads; planned is false
-- for a call the owner made and recorded without a list proposing it; place is the call's rank
-- in its day's list (most due first).
-- A post names the events it shares, one row each, so no event is shared twice across weeks; a
-- week's post written again replaces that week's rows.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share, as V1. Versioned 8.19 so it sorts after V7
-- and apart from the other engineers' V8_n migrations.
CREATE TABLE calls (
  id CHARACTER VARYING(16) NOT NULL,
  call_day DATE NOT NULL,
  place INTEGER NOT NULL,
  contact_id CHARACTER VARYING(64) NOT NULL,
  event_id CHARACTER VARYING(64),
  topic CHARACTER VARYING(300),
  last_contact TIMESTAMP WITH TIME ZONE,
  planned BOOLEAN NOT NULL,
  status CHARACTER VARYING(20) NOT NULL,
  proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  done_on DATE,
  CONSTRAINT calls_pk PRIMARY KEY (id),
  CONSTRAINT calls_once UNIQUE (call_day, contact_id)
);
CREATE INDEX calls_contact ON calls (contact_id);

CREATE TABLE posts (
  iso_week CHARACTER VARYING(10) NOT NULL,
  event_id CHARACTER VARYING(64) NOT NULL,
  place INTEGER NOT NULL,
  path CHARACTER VARYING(1000) NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT posts_pk PRIMARY KEY (iso_week, event_id)
);
