package org.marsad.store.testing;

import java.util.List;
import org.marsad.Marsad;
import org.marsad.store.ExtractorVersion;

/** One extractor for all tests of a JVM: loading the knowledge takes about half a second. */
public final class Pipeline {

    private static Marsad marsad;
    private static ExtractorVersion version;

    private Pipeline() {
    }

    public static synchronized Marsad marsad() {
        if (marsad == null) {
            marsad = Marsad.builder().build();
        }
        return marsad;
    }

    /** The version of the extractor in this JVM. */
    public static synchronized ExtractorVersion version() {
        if (version == null) {
            version = ExtractorVersion.current(List.of());
        }
        return version;
    }

    /** A made-up older extractor version, for tests of re-extraction. */
    public static ExtractorVersion older() {
        return new ExtractorVersion("0.0.1+kold.cold", "0.0.1", "old-knowledge", "old-code");
    }
}
