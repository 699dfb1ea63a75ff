package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import paiban.model.Edition;

/** Background work lands only while it is the newest: a slow old result never covers a newer state. */
public class BackgroundWorkTest {
    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** What the document holds when the work starts, handed to the slow work (as preflight takes its edition). */
    private static String state(EditionDocument document) {
        return document.edition().pages().get(0).id() + "@" + document.generation();
    }

    @Test
    void aSlowJobFinishingAfterANewerEditIsDropped() throws Exception {
        EditionDocument document = TestEditions.document();
        BackgroundWork.Latest<String> work = new BackgroundWork.Latest<>(document, pool, Runnable::run);
        AtomicReference<String> shown = new AtomicReference<>("nothing");
        CountDownLatch release = new CountDownLatch(1);
        String before = state(document);
        CompletableFuture<Boolean> slow = work.run(() -> {
            await(release);
            return before;
        }, shown::set);

        Edition moved = document.edition().movePage(1, 0); // the designer goes on meanwhile
        document.setEdition(moved);
        String after = state(document);
        CompletableFuture<Boolean> fresh = work.run(() -> after, shown::set);
        assertTrue(fresh.get(10, TimeUnit.SECONDS), "the newer result lands");
        assertEquals(after, shown.get());

        release.countDown();
        assertFalse(slow.get(10, TimeUnit.SECONDS), "the older result is dropped");
        assertEquals(after, shown.get(), "and never shown over the newer one");
    }

    @Test
    void aSlowJobIsDroppedWhenTheDocumentChangedEvenWithNoNewerJob() throws Exception {
        EditionDocument document = TestEditions.document();
        BackgroundWork.Latest<String> work = new BackgroundWork.Latest<>(document, pool, Runnable::run);
        AtomicReference<String> shown = new AtomicReference<>("nothing");
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> slow = work.run(() -> {
            await(release);
            return "old";
        }, shown::set);
        document.setEdition(document.edition().movePage(1, 0));
        release.countDown();
        assertFalse(slow.get(10, TimeUnit.SECONDS));
        assertEquals("nothing", shown.get());
    }

    @Test
    void aJobForTheCurrentStateLands() throws Exception {
        EditionDocument document = TestEditions.document();
        long generation = document.generation();
        BackgroundWork.Latest<String> work = new BackgroundWork.Latest<>(document, pool, Runnable::run);
        AtomicReference<String> shown = new AtomicReference<>();
        assertTrue(work.run(() -> "now", shown::set).get(10, TimeUnit.SECONDS));
        assertEquals("now", shown.get());
        document.setEdition(document.edition().movePage(1, 0));
        assertTrue(document.generation() > generation, "an edit moves the generation on");
    }

    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
