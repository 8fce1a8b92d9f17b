-- invito's store: events, rejected items, sources' health, HTTP validators and invitations.
-- Written in the SQL that H2 2.x and PostgreSQL 15 share: CHARACTER VARYING without a length
-- (H2 allows up to 1,000,000 characters, PostgreSQL any), TIMESTAMP WITH TIME ZONE, BOOLEAN,
-- INTEGER; no CLOB, no TEXT, no vendor functions. Long or free-form keys (URLs, titles) are
-- stored beside a SHA-256 key, because PostgreSQL cannot index values of any length.

-- An event: the columns are what queries filter and sort on; the rest is a JSON document.
CREATE TABLE events (
  id CHARACTER VARYING(64) NOT NULL,
  start_at TIMESTAMP WITH TIME ZONE NOT NULL,
  status CHARACTER VARYING(20) NOT NULL,
  title CHARACTER VARYING NOT NULL,
  url CHARACTER VARYING,
  document CHARACTER VARYING NOT NULL,
  first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
  last_changed TIMESTAMP WITH TIME ZONE NOT NULL,
  previous_start CHARACTER VARYING(100),
  previous_status CHARACTER VARYING(20),
  CONSTRAINT events_pk PRIMARY KEY (id)
);
CREATE INDEX events_start_at ON events (start_at);

-- The latest verdict on each item a source carried that is not an event.
CREATE TABLE rejections (
  source_id CHARACTER VARYING(200) NOT NULL,
  item_key CHARACTER VARYING(64) NOT NULL,
  title CHARACTER VARYING NOT NULL,
  url CHARACTER VARYING,
  reason CHARACTER VARYING NOT NULL,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT rejections_pk PRIMARY KEY (source_id, item_key)
);

CREATE TABLE source_health (
  source_id CHARACTER VARYING(200) NOT NULL,
  url CHARACTER VARYING NOT NULL,
  state CHARACTER VARYING(20) NOT NULL,
  last_attempt TIMESTAMP WITH TIME ZONE,
  last_success TIMESTAMP WITH TIME ZONE,
  last_error CHARACTER VARYING,
  consecutive_failures INTEGER NOT NULL,
  next_attempt TIMESTAMP WITH TIME ZONE,
  events_last_time INTEGER NOT NULL,
  suddenly_empty BOOLEAN NOT NULL,
  CONSTRAINT source_health_pk PRIMARY KEY (source_id)
);

-- ETag and Last-Modified per URL, for conditional GETs.
CREATE TABLE http_validators (
  url_key CHARACTER VARYING(64) NOT NULL,
  url CHARACTER VARYING NOT NULL,
  etag CHARACTER VARYING,
  last_modified CHARACTER VARYING,
  CONSTRAINT http_validators_pk PRIMARY KEY (url_key)
);

-- One draft per event, contact and channel: a job that runs twice writes nothing twice.
CREATE TABLE invitations (
  id CHARACTER VARYING(200) NOT NULL,
  event_id CHARACTER VARYING(64) NOT NULL,
  contact_id CHARACTER VARYING(200) NOT NULL,
  channel CHARACTER VARYING(20) NOT NULL,
  iso_week CHARACTER VARYING(8) NOT NULL,
  path CHARACTER VARYING NOT NULL,
  content_hash CHARACTER VARYING(128) NOT NULL,
  status CHARACTER VARYING(20) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT invitations_pk PRIMARY KEY (id),
  CONSTRAINT invitations_once UNIQUE (event_id, contact_id, channel)
);
CREATE INDEX invitations_week ON invitations (iso_week);
CREATE INDEX invitations_contact ON invitations (contact_id);
