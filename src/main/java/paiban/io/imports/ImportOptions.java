package paiban.io.imports;

import java.util.EnumSet;
import java.util.Set;

/** Which clean-up rules run, and how Word style names map to Paiban paragraph styles. */
public record ImportOptions(Set<Cleanup> enabled, StyleMapping styles) {
    public ImportOptions {
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        if (styles == null) styles = StyleMapping.defaults();
    }

    /** Every rule on, the built-in style mapping. */
    public static ImportOptions defaults() {
        return new ImportOptions(EnumSet.allOf(Cleanup.class), StyleMapping.defaults());
    }

    /** Every rule off: paragraphs exactly as written, one per line. */
    public static ImportOptions none() {
        return new ImportOptions(EnumSet.noneOf(Cleanup.class), StyleMapping.defaults());
    }

    public boolean on(Cleanup rule) { return enabled.contains(rule); }

    public ImportOptions without(Cleanup rule) {
        EnumSet<Cleanup> set = EnumSet.noneOf(Cleanup.class);
        set.addAll(enabled);
        set.remove(rule);
        return new ImportOptions(set, styles);
    }

    public ImportOptions with(Cleanup rule) {
        EnumSet<Cleanup> set = EnumSet.noneOf(Cleanup.class);
        set.addAll(enabled);
        set.add(rule);
        return new ImportOptions(set, styles);
    }

    public ImportOptions withStyles(StyleMapping mapping) {
        return new ImportOptions(enabled, mapping);
    }
}
