package paiban.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A thread-safe least-recently-used cache bounded by entry count and by a
 * total weight (bytes, points, anything the caller measures), for the static
 * caches that would otherwise grow for as long as the editor runs. Values
 * are computed outside the lock, so a slow load does not block other
 * lookups; two threads may then compute the same value once each.
 */
public final class BoundedCache<K, V> {
    private final int maxEntries;
    private final long maxWeight;
    private final ToLongFunction<? super V> weigher;
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    /** At most {@code maxEntries} entries, each weighing 1. */
    public BoundedCache(int maxEntries) {
        this(maxEntries, Long.MAX_VALUE, v -> 1);
    }

    /** At most {@code maxEntries} entries weighing together at most {@code maxWeight} by {@code weigher}. */
    public BoundedCache(int maxEntries, long maxWeight, ToLongFunction<? super V> weigher) {
        if (maxEntries < 1 || maxWeight < 1) throw new IllegalArgumentException("a cache holds at least one entry");
        this.maxEntries = maxEntries;
        this.maxWeight = maxWeight;
        this.weigher = Objects.requireNonNull(weigher);
    }

    /** The value kept for {@code key}, now the most recently used, or null. */
    public synchronized V get(K key) {
        return map.get(key);
    }

    /** Keeps {@code value} for {@code key}, dropping the least recently used entries beyond the bounds. */
    public synchronized void put(K key, V value) {
        Objects.requireNonNull(value, "value");
        V old = map.put(key, value);
        if (old != null) weight -= weigher.applyAsLong(old);
        weight += weigher.applyAsLong(value);
        trim();
    }

    /** The value kept for {@code key}, or the one {@code load} makes (null is not kept). */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> load) {
        V v = get(key);
        if (v != null) return v;
        v = load.apply(key);
        if (v != null) put(key, v);
        return v;
    }

    public synchronized void remove(K key) {
        V old = map.remove(key);
        if (old != null) weight -= weigher.applyAsLong(old);
    }

    public synchronized void clear() {
        map.clear();
        weight = 0;
    }

    public synchronized int size() { return map.size(); }

    /** The entries' total weight. */
    public synchronized long weight() { return weight; }

    private void trim() {
        Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
        // the newest entry stays even when it alone is over the weight
        while ((map.size() > maxEntries || weight > maxWeight) && map.size() > 1) {
            Map.Entry<K, V> e = eldest.next();
            weight -= weigher.applyAsLong(e.getValue());
            eldest.remove();
        }
    }
}
