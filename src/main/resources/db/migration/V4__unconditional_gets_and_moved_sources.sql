-- When a GET without validators last got an answer for the URL: some servers answer 304 to every
-- conditional GET whatever changed, so one is forced every 12 hours (CachePolicy).
ALTER TABLE http_validators ADD COLUMN last_unconditional TIMESTAMP WITH TIME ZONE;

-- The configured URL a source was at when a 301 or 308 moved it to source_health.url: the new URL
-- is used only while the configuration still names this one, so an edited config always wins.
ALTER TABLE source_health ADD COLUMN moved_from CHARACTER VARYING;
