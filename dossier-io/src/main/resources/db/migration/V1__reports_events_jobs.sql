-- The Dossier store: reports with their revisions, full-text search over them, the per-event
-- records the pipeline produces, and background ingest jobs.

-- One row per report: its current revision, denormalised for listing and filtering.
CREATE TABLE report (
  id           TEXT PRIMARY KEY,
  url          TEXT,
  outlet       TEXT,
  title        TEXT,
  published    TEXT,
  language     TEXT,
  revision     INTEGER NOT NULL CHECK (revision >= 1),
  added_at     TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  article      TEXT NOT NULL              -- the article JSON of the ingest line shape
);
CREATE UNIQUE INDEX report_url ON report (url);  -- NULLs are distinct in SQLite
CREATE INDEX report_published ON report (published);

-- Every version ever added, keyed by the hash of the input it came from: adding the same input
-- again finds its hash and is a no-op.
CREATE TABLE revision (
  report_id    TEXT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  number       INTEGER NOT NULL CHECK (number >= 1),
  content_hash TEXT NOT NULL,
  added_at     TEXT NOT NULL,
  article      TEXT NOT NULL,
  PRIMARY KEY (report_id, number)
);
CREATE UNIQUE INDEX revision_hash ON revision (content_hash);

-- Full-text index of the current revision of each report.
CREATE VIRTUAL TABLE report_fts USING fts5 (
  report_id UNINDEXED, title, outlet, text,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- One row per event: summary columns for the event list, and the event's record as the pipeline
-- wrote it (the shape of an event in dossier.json, with its families, pairs and claims).
CREATE TABLE event (
  id           TEXT PRIMARY KEY,
  title        TEXT,
  place        TEXT,
  actors       TEXT NOT NULL,             -- JSON array of names
  first_date   TEXT,
  last_date    TEXT,
  report_count INTEGER NOT NULL,
  source_count INTEGER NOT NULL,
  updated_at   TEXT NOT NULL,
  record       TEXT NOT NULL
);
CREATE INDEX event_last_date ON event (last_date);

CREATE TABLE event_report (
  event_id     TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  report_id    TEXT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, report_id)
);
CREATE INDEX event_report_report ON event_report (report_id);

-- Background ingest jobs with their progress; a job left 'running' by a crash is marked
-- 'interrupted' when the store opens again.
CREATE TABLE job (
  id           TEXT PRIMARY KEY,
  label        TEXT NOT NULL,
  state        TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'interrupted')),
  phase        TEXT NOT NULL,
  total        INTEGER NOT NULL,
  done         INTEGER NOT NULL,
  added        INTEGER NOT NULL,
  revised      INTEGER NOT NULL,
  duplicates   INTEGER NOT NULL,
  rejected     INTEGER NOT NULL,
  message      TEXT,
  rejections   TEXT NOT NULL,             -- JSON array of {source, reason}
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
