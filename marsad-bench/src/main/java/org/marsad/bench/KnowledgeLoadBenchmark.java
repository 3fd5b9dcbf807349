package org.marsad.bench;

import java.util.concurrent.TimeUnit;
import org.marsad.Marsad;
import org.marsad.geocode.gazetteer.Gazetteer;
import org.marsad.knowledge.actors.ActorRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load the bundled knowledge bases, measured single-shot because a load happens once per process.
 * {@code coldLoad} is the figure a user sees at start: the first load in a fresh JVM (no warm-up, one
 * measurement per fork, many forks). {@code warmLoad} is the steady-state cost once the JIT has compiled the
 * parser (a reload, or a long-running service). Fork and iteration counts suit a 2-core machine: forks run
 * one after the other, and a warm fork takes a few seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class KnowledgeLoadBenchmark {

    @Benchmark
    @Fork(value = 8, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Gazetteer coldLoad() {
        return Gazetteer.loadDefault();
    }

    @Benchmark
    @Fork(value = 3, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Gazetteer warmLoad() {
        return Gazetteer.loadDefault();
    }

    /** Both knowledge bases, as a fresh process loads them: the figure the knowledge issue's target is about. */
    @Benchmark
    @Fork(value = 8, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object coldLoadRegistryAndGazetteer() {
        return new Object[] {ActorRegistry.loadDefault(), Gazetteer.loadDefault()};
    }

    /** Everything {@code marsad extract} loads before the first report: registry, gazetteer, word lists. */
    @Benchmark
    @Fork(value = 4, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Marsad coldBuildPipeline() {
        return Marsad.builder().build();
    }
}
