package org.marsad.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class OrderedPipelineTest {

    @Test
    void resultsAreConsumedInTheOrderTheInputsCameEvenWhenLaterWorkFinishesFirst() {
        List<Integer> consumed = Collections.synchronizedList(new ArrayList<>());
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(4, "test-writer", 1, i -> {
            sleep(i % 3 == 0 ? 5 : 0);
            return i * 10;
        }, done -> done.forEach(d -> consumed.add(d.result())))) {
            IntStream.range(0, 200).forEach(p::submit);
            p.drain();
        }
        assertThat(consumed).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> i * 10).toList());
    }

    @Test
    void theConsumerRunsOnItsOwnThreadSoTheCallerCanReadOnWhileItWrites() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(1, "test-writer", 1, i -> i, done -> {
            threads.add(Thread.currentThread().getName());
            writing.countDown();
            await(release);
        })) {
            p.submit(1);
            assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
            p.submit(2);
            release.countDown();
            p.drain();
        }
        assertThat(threads).containsExactly("test-writer", "test-writer");
    }

    @Test
    @Timeout(20)
    void aFailingConsumerStopsTheRunAndTheCallerGetsItsException() {
        AtomicInteger consumed = new AtomicInteger();
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, "test-writer", 1, i -> i, done -> {
            if (done.get(0).input() == 3) {
                throw new IllegalStateException("disk full at report 3");
            }
            consumed.incrementAndGet();
        })) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10_000; i++) {
                    p.submit(i);
                }
                p.drain();
            }).isInstanceOf(IllegalStateException.class).hasMessage("disk full at report 3");
        }
        assertThat(consumed).hasValue(3);
    }

    @Test
    @Timeout(20)
    void workThatThrowsFailsTheRunWithItsOwnException() {
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, "test-writer", 1, i -> {
            if (i == 5) {
                throw new IllegalArgumentException("bad input 5");
            }
            return i;
        }, done -> { })) {
            assertThatThrownBy(() -> {
                IntStream.range(0, 10).forEach(p::submit);
                p.drain();
            }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input 5");
        }
    }

    @Test
    @Timeout(20)
    void closingWithoutDrainingLetsTheCurrentWriteFinishAndDropsTheRest() {
        CountDownLatch writing = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, "test-writer", 1, i -> i, done -> {
            writing.countDown();
            sleep(200);
            finished.incrementAndGet();
        });
        IntStream.range(0, 10).forEach(p::submit);
        await(writing);
        long t0 = System.nanoTime();
        p.close();
        assertThat(finished.get()).isBetween(1, 2);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void resultsThatPileUpReachTheConsumerTogetherUpToTheBatchSizeAndInOrder() {
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, "test-writer", 4, i -> i, done -> {
            await(release);
            batches.add(done.stream().map(OrderedPipeline.Done::result).toList());
        })) {
            IntStream.range(0, 10).forEach(p::submit);
            sleep(200);
            release.countDown();
            p.drain();
        }
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 4));
        assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        assertThat(batches).anySatisfy(b -> assertThat(b).hasSize(4));
    }

    @Test
    void aResultStillBeingWorkedOnIsNotWaitedForToFillABatch() {
        CountDownLatch second = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        try (OrderedPipeline<Integer, Integer> p = new OrderedPipeline<>(2, "test-writer", 8, i -> {
            if (i == 1) {
                await(second);
            }
            return i;
        }, done -> {
            batches.add(done.stream().map(OrderedPipeline.Done::result).toList());
            second.countDown();
        })) {
            p.submit(0);
            p.submit(1);
            p.drain();
        }
        assertThat(batches).containsExactly(List.of(0), List.of(1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
