-- Each unit's particulars for its case letters (issue #15): the name letters print, the 复议机关 and 管辖法院 of the
-- remedies sentence (条例 art. 51), contact details, the default handler and the address reminders go to. One row per
-- unit, written whole on every save; a unit without a row uses its registry name and blanks.
CREATE TABLE case_profiles (
    unit_id              TEXT PRIMARY KEY,
    agency_name          TEXT NULL,
    reconsideration_body TEXT NULL,
    court                TEXT NULL,
    telephone            TEXT NULL,
    address              TEXT NULL,
    handler              TEXT NULL,
    reminder_email       TEXT NULL,
    updated_at           INTEGER NOT NULL,
    updated_by           TEXT NOT NULL
);

-- A unit's own edited letter templates (DOCX), one per letter kind; none stored means the default template.
CREATE TABLE case_letter_templates (
    unit_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    content    BLOB NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (unit_id, kind)
);
