package paiban.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void theLeastRecentlyUsedEntryGoesFirstWhenFull() {
        BoundedCache<String, Integer> c = new BoundedCache<>(2);
        c.put("a", 1);
        c.put("b", 2);
        assertEquals(1, c.get("a")); // a is now newer than b
        c.put("c", 3);
        assertNull(c.get("b"));
        assertNotNull(c.get("a"));
        assertNotNull(c.get("c"));
        assertEquals(2, c.size());
    }

    @Test
    void theWeightIsBoundedButTheNewestEntryStays() {
        BoundedCache<String, byte[]> c = new BoundedCache<>(100, 10, v -> v.length);
        c.put("a", new byte[4]);
        c.put("b", new byte[4]);
        c.put("c", new byte[4]);
        assertNull(c.get("a"), "12 > 10: the eldest went");
        assertEquals(8, c.weight());
        c.put("huge", new byte[50]);
        assertEquals(1, c.size(), "an entry over the bound alone is kept until the next");
        assertEquals(50, c.weight());
        c.put("b", new byte[2]);
        assertEquals(2, c.weight());
    }

    @Test
    void computeKeepsWhatItLoadsOnceAndNotNull() {
        BoundedCache<Integer, String> c = new BoundedCache<>(10);
        int[] loads = {0};
        c.computeIfAbsent(1, k -> { loads[0]++; return "one"; });
        c.computeIfAbsent(1, k -> { loads[0]++; return "again"; });
        assertEquals(1, loads[0]);
        assertNull(c.computeIfAbsent(2, k -> null));
        assertEquals(1, c.size());
        c.remove(1);
        c.clear();
        assertEquals(0, c.weight());
    }
}
