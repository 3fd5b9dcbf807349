-- Marsad's store, version 2: incidents. Several reports often tell one real-world event; each report keeps
-- its own event row (its own reading: date, place, actors, toll as that report gave them), and an incident
-- groups the readings of one event, after the rule of org.marsad.incident.IncidentMerger (see
-- marsad-search/README.md): same event type, compatible sub-types, at most 1 day and 10 km apart (or the
-- same named place), overlapping actors, every two readings compatible.
--
-- Every event that is not deleted belongs to exactly one incident (one of a single reading when no other
-- report tells it). The store keeps this true in the transaction that stores, re-extracts or corrects a
-- report, by working the incidents out again around the days and event types it touched.

-- An incident's own fields follow ACLED's rules for sources that disagree: the earliest date, the lowest
-- toll a reading states, the place of the most precise reading, the sub-type most readings give.
-- incident_key is the event_key of its founding reading (its earliest and, that day, most precise).
CREATE TABLE incident (
    incident_id    INTEGER PRIMARY KEY,
    incident_key   TEXT NOT NULL UNIQUE,
    event_date     VARCHAR(10) NOT NULL,
    event_type     TEXT NOT NULL,
    sub_event_type TEXT,
    country        TEXT,
    admin1         TEXT,
    admin2         TEXT,
    admin3         TEXT,
    location       TEXT,
    latitude       DOUBLE PRECISION NOT NULL,
    longitude      DOUBLE PRECISION NOT NULL,
    geo_precision  INTEGER NOT NULL,
    fatalities     INTEGER NOT NULL,
    readings       INTEGER NOT NULL
);
CREATE INDEX incident_date_idx ON incident (event_date);

-- The readings of an incident (ordinal 1 is the founding reading): one event row each, and each event in
-- one incident only.
CREATE TABLE incident_reading (
    incident_id INTEGER NOT NULL REFERENCES incident (incident_id),
    ordinal     INTEGER NOT NULL,
    event_id    INTEGER NOT NULL UNIQUE REFERENCES event (event_id),
    PRIMARY KEY (incident_id, ordinal)
);
