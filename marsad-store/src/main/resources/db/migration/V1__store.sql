-- Marsad's store, version 1. The same SQL runs on SQLite and on PostgreSQL: row ids are integers that the
-- store assigns (next after the largest, inside the writing transaction; on SQLite an INTEGER PRIMARY KEY
-- is the table's rowid), dates are ISO-8601 text (which sorts as dates), times are ISO-8601 instants in
-- UTC, flags are 0/1 integers.
--
-- Every row derived by the extractor carries the extractor_id of the version that produced it (a report's
-- extractor_id is the version of its current rows). An analyst's corrections are separate rows
-- (correction) with an append-only audit trail (correction_log); the event rows hold the machine's values
-- with the corrections applied on top, and the log keeps the machine value each correction replaced.

-- A version of the extractor: marsad's version and hashes of the knowledge files and of the code.
CREATE TABLE extractor (
    extractor_id   INTEGER PRIMARY KEY,
    version        TEXT NOT NULL UNIQUE,
    core_version   TEXT NOT NULL,
    knowledge_hash TEXT NOT NULL,
    code_hash      TEXT NOT NULL,
    first_used_at  TEXT NOT NULL
);

-- A publisher named by reports ("source" in JSON Lines and feeds).
CREATE TABLE source (
    source_id     INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    first_seen_at TEXT NOT NULL
);

-- A report, identified by the SHA-256 of its normalized title and text, and by its URL where it has one.
CREATE TABLE report (
    report_id         INTEGER PRIMARY KEY,
    report_hash       VARCHAR(64) NOT NULL UNIQUE,
    url               TEXT UNIQUE,
    article_id        TEXT NOT NULL,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    published         TEXT,
    published_date    VARCHAR(10),
    source_id         INTEGER REFERENCES source (source_id),
    origin            TEXT,
    ingested_at       TEXT NOT NULL,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id)
);
CREATE INDEX report_extractor_idx ON report (extractor_id);

-- Actors and places as found in a report (ordinal: their order in the extraction).
CREATE TABLE report_actor (
    report_id         INTEGER NOT NULL REFERENCES report (report_id),
    ordinal           INTEGER NOT NULL,
    actor_id          TEXT NOT NULL,
    name              TEXT NOT NULL,
    name_ar           TEXT,
    actor_type        TEXT,
    country           TEXT,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id),
    PRIMARY KEY (report_id, ordinal)
);

CREATE TABLE report_place (
    report_id         INTEGER NOT NULL REFERENCES report (report_id),
    ordinal           INTEGER NOT NULL,
    place_id          TEXT NOT NULL,
    name              TEXT NOT NULL,
    name_ar           TEXT,
    latitude          DOUBLE PRECISION NOT NULL,
    longitude         DOUBLE PRECISION NOT NULL,
    country           TEXT,
    admin1            TEXT,
    admin2            TEXT,
    admin3            TEXT,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id),
    PRIMARY KEY (report_id, ordinal)
);

-- One ACLED-coded event. event_key is stable across re-extractions (see EventKeys); event_id is not;
-- ordinal is its number in the report, as in ACLED's event_id_cnty.
CREATE TABLE event (
    event_id           INTEGER PRIMARY KEY,
    event_key          TEXT NOT NULL UNIQUE,
    report_id          INTEGER NOT NULL REFERENCES report (report_id),
    ordinal            INTEGER NOT NULL,
    event_date         VARCHAR(10) NOT NULL,
    time_precision     INTEGER NOT NULL,
    event_type         TEXT NOT NULL,
    sub_event_type     TEXT,
    actor1             TEXT,
    assoc_actor_1      TEXT,
    actor2             TEXT,
    assoc_actor_2      TEXT,
    inter1             TEXT,
    inter2             TEXT,
    civilian_targeting TEXT,
    country            TEXT,
    iso                INTEGER NOT NULL,
    region             TEXT,
    admin1             TEXT,
    admin2             TEXT,
    admin3             TEXT,
    location           TEXT,
    latitude           DOUBLE PRECISION NOT NULL,
    longitude          DOUBLE PRECISION NOT NULL,
    geo_precision      INTEGER NOT NULL,
    fatalities         INTEGER NOT NULL,
    notes              TEXT,
    source             TEXT,
    confidence         DOUBLE PRECISION NOT NULL,
    corrected          INTEGER NOT NULL DEFAULT 0,
    deleted            INTEGER NOT NULL DEFAULT 0,
    extractor_id       INTEGER NOT NULL REFERENCES extractor (extractor_id),
    UNIQUE (report_id, ordinal)
);
CREATE INDEX event_date_idx ON event (event_date);
CREATE INDEX event_position_idx ON event (latitude, longitude);

-- Every name an event's actors answer to (ACLED name, registry id, Arabic name, each as a lookup key),
-- with the event's date: the index of queries by actor and date.
CREATE TABLE event_actor (
    actor_key  TEXT NOT NULL,
    event_date VARCHAR(10) NOT NULL,
    event_id   INTEGER NOT NULL REFERENCES event (event_id),
    PRIMARY KEY (actor_key, event_date, event_id)
);
CREATE INDEX event_actor_event_idx ON event_actor (event_id);

CREATE TABLE relation (
    report_id         INTEGER NOT NULL REFERENCES report (report_id),
    ordinal           INTEGER NOT NULL,
    relation_type     TEXT NOT NULL,
    source_actor      TEXT NOT NULL,
    target_actor      TEXT NOT NULL,
    relation_date     VARCHAR(10),
    confidence        DOUBLE PRECISION NOT NULL,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id),
    PRIMARY KEY (report_id, ordinal)
);

-- Where a report names an actor (A) or a place (P), or the evidence of an event (E) or relation (R):
-- owner_ordinal is the owner's ordinal in the report; offsets are UTF-16 indices into the title or body.
CREATE TABLE mention (
    report_id         INTEGER NOT NULL REFERENCES report (report_id),
    owner_kind        VARCHAR(1) NOT NULL,
    owner_ordinal     INTEGER NOT NULL,
    ordinal           INTEGER NOT NULL,
    field             VARCHAR(5) NOT NULL,
    start_offset      INTEGER NOT NULL,
    end_offset        INTEGER NOT NULL,
    mention_text      TEXT NOT NULL,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id),
    PRIMARY KEY (report_id, owner_kind, owner_ordinal, ordinal)
);

-- An analyst's correction of one field of one event. event_key names the event it is attached to; it has
-- no foreign key because a re-extraction may drop that event (status 'unattached' then). anchor_date and
-- anchor_location are the machine's date and place of the event when the correction was made: a
-- re-extraction that changes the event's key finds it again by them.
CREATE TABLE correction (
    correction_id     VARCHAR(36) PRIMARY KEY,
    report_id         INTEGER NOT NULL REFERENCES report (report_id),
    event_key         TEXT NOT NULL,
    anchor_date       VARCHAR(10) NOT NULL,
    anchor_location   TEXT,
    field             TEXT NOT NULL,
    old_value         TEXT,
    new_value         TEXT,
    analyst           TEXT NOT NULL,
    reason            TEXT,
    created_at        TEXT NOT NULL,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id),
    status            TEXT NOT NULL
);
CREATE INDEX correction_report_idx ON correction (report_id);

-- What happened to each correction, in order: created, reapplied, reattached, unattached. machine_value
-- is the extractor's value that the correction replaced at that moment.
CREATE TABLE correction_log (
    correction_id     VARCHAR(36) NOT NULL REFERENCES correction (correction_id),
    seq               INTEGER NOT NULL,
    action            TEXT NOT NULL,
    event_key         TEXT,
    machine_value     TEXT,
    extractor_id      INTEGER NOT NULL REFERENCES extractor (extractor_id),
    logged_at         TEXT NOT NULL,
    detail            TEXT,
    PRIMARY KEY (correction_id, seq)
);
