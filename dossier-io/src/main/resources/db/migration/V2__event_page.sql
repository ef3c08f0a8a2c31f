-- The event's page as the pipeline's HTML writer rendered it (the content of report.html for this
-- event), kept beside its record so that event pages are served without recomputing anything.
ALTER TABLE event ADD COLUMN page TEXT;
