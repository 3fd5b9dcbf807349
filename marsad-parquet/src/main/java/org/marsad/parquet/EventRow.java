package org.marsad.parquet;

import org.marsad.model.Event;

/** One row of the Parquet file: an event, the report it came from, its number there and the export time. */
record EventRow(String reportId, int number, Event event, long timestamp) {
}
