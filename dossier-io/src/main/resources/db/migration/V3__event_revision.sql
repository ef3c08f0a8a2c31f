-- Each event carries the revision of its last change: a number drawn from one store-wide sequence
-- (so a number is never given twice, even to an event removed and made again), taken whenever the
-- event's row is rewritten or one of its reports gets a new revision. A page rendered from the
-- event at revision N stays right while the event's revision is N.
CREATE TABLE sequence (
  name         TEXT PRIMARY KEY,
  value        INTEGER NOT NULL
);
INSERT INTO sequence (name, value) VALUES ('event_revision', 0);
ALTER TABLE event ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
