package org.marsad.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import org.marsad.geocode.gazetteer.Gazetteer;

/**
 * Prints the time of a first, cold load of the bundled gazetteer in this JVM and the heap it retains after
 * GC (heap used with the gazetteer reachable minus heap used before loading, both after full collections).
 * A probe, not a benchmark: run it in a fresh JVM, several times, and read the spread.
 */
public final class LoadProbe {

    private LoadProbe() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        long elapsed = System.nanoTime() - start;
        long after = usedAfterGc(memory);
        out.printf("gazetteer: %d entries, %d countries, max name tokens %d%n", gazetteer.size(),
                gazetteer.countries().size(), gazetteer.maxNameTokens());
        out.printf("cold load: %.1f ms%n", elapsed / 1e6);
        out.printf("retained heap after GC: %.1f MB%n", (after - before) / (1024.0 * 1024.0));
        Reference.reachabilityFence(gazetteer);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
