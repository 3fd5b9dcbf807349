package org.marsad.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import org.marsad.Marsad;
import org.marsad.geocode.gazetteer.Gazetteer;
import org.marsad.knowledge.actors.ActorRegistry;

/**
 * Prints the time of a first, cold load of the bundled knowledge in this JVM (actor registry, gazetteer, and
 * then the whole pipeline built on them) and the heap it retains after GC (heap used with the knowledge
 * reachable minus heap used before loading, both after full collections).
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
        ActorRegistry registry = ActorRegistry.loadDefault();
        long actorsDone = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        long gazetteerDone = System.nanoTime();
        long afterKnowledge = usedAfterGc(memory);
        long pipelineStart = System.nanoTime();
        Marsad marsad = Marsad.builder().build();
        long pipelineDone = System.nanoTime();
        out.printf("actor registry: %d actors, %d links: cold load %.1f ms%n", registry.all().size(),
                registry.links().size(), (actorsDone - start) / 1e6);
        out.printf("gazetteer: %d entries, %d countries, max name tokens %d: cold load %.1f ms%n", gazetteer.size(),
                gazetteer.countries().size(), gazetteer.maxNameTokens(), (gazetteerDone - actorsDone) / 1e6);
        out.printf("registry + gazetteer: %.1f ms, retained heap after GC %.1f MB%n", (gazetteerDone - start) / 1e6,
                (afterKnowledge - before) / (1024.0 * 1024.0));
        out.printf("whole pipeline (Marsad.builder().build(), JIT warm from the loads above): %.1f ms%n",
                (pipelineDone - pipelineStart) / 1e6);
        Reference.reachabilityFence(registry);
        Reference.reachabilityFence(gazetteer);
        Reference.reachabilityFence(marsad);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
