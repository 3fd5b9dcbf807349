package org.marsad.store;

import java.util.Objects;
import org.marsad.model.Report;

/**
 * A report as stored, with its identity and the extractor whose rows the store holds for it.
 *
 * @param hash             its content hash ({@link ContentHash})
 * @param report           the report as it was read
 * @param extractorVersion the version of its current machine rows
 */
public record StoredReport(String hash, Report report, String extractorVersion) {

    public StoredReport {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
    }
}
