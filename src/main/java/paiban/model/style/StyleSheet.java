package paiban.model.style;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edition's named styles, in the order the designer sees them. Every
 * paragraph style holds its resolved values: a style based on another
 * ({@link ParagraphStyle#basedOn()}) is stored with its parent's values
 * filled in, so composing never walks the inheritance; {@link #restyle}
 * carries a change of a parent to the styles that inherit it.
 */
public record StyleSheet(List<ParagraphStyle> paragraphStyles, List<CharStyle> charStyles) {
    /** The name of the body style in the default sheet. */
    public static final String BODY = "正文";

    public StyleSheet {
        paragraphStyles = List.copyOf(paragraphStyles);
        charStyles = List.copyOf(charStyles);
        Map<String, ParagraphStyle> seen = new LinkedHashMap<>();
        for (ParagraphStyle s : paragraphStyles) {
            if (seen.put(s.name(), s) != null) throw new IllegalArgumentException("duplicate paragraph style " + s.name());
        }
        for (ParagraphStyle s : paragraphStyles) {
            if (s.basedOn().isEmpty()) continue;
            if (!seen.containsKey(s.basedOn())) {
                throw new IllegalArgumentException("style " + s.name() + " is based on " + s.basedOn() + ", which does not exist");
            }
            Set<String> chain = new HashSet<>();
            for (ParagraphStyle p = s; !p.basedOn().isEmpty(); p = seen.get(p.basedOn())) {
                if (!chain.add(p.name())) throw new IllegalArgumentException("style " + s.name() + " is based on itself through " + chain);
            }
        }
        Set<String> chars = new HashSet<>();
        for (CharStyle s : charStyles) {
            if (!chars.add(s.name())) throw new IllegalArgumentException("duplicate character style " + s.name());
        }
    }

    public Optional<ParagraphStyle> find(String name) {
        for (ParagraphStyle s : paragraphStyles) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    /** The named style, or the body style when the name is unknown (never null). */
    public ParagraphStyle paragraph(String name) {
        return find(name).orElseGet(this::body);
    }

    /** The first style of this role, in sheet order. */
    public Optional<ParagraphStyle> ofRole(StyleRole role) {
        for (ParagraphStyle s : paragraphStyles) if (s.role() == role) return Optional.of(s);
        return Optional.empty();
    }

    /** The first style of this role, or the body style when the sheet has none (never null). */
    public ParagraphStyle paragraph(StyleRole role) {
        return ofRole(role).orElseGet(this::body);
    }

    /** The name of the first style of this role; the body style's name when there is none. */
    public String nameOf(StyleRole role) {
        return paragraph(role).name();
    }

    /** The first style whose role is body text (the first style when none is), never null. */
    public ParagraphStyle body() {
        return ofRole(StyleRole.BODY).or(() -> find(BODY)).orElse(paragraphStyles.get(0));
    }

    public Optional<CharStyle> charStyle(String name) {
        for (CharStyle s : charStyles) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    /** This sheet with {@code chars} as its character styles (the paragraph styles as they are). */
    public StyleSheet withCharStyles(List<CharStyle> chars) {
        return new StyleSheet(paragraphStyles, chars);
    }

    public StyleSheet with(ParagraphStyle style) {
        List<ParagraphStyle> list = new ArrayList<>(paragraphStyles);
        boolean replaced = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(style.name())) { list.set(i, style); replaced = true; }
        }
        if (!replaced) list.add(style);
        return new StyleSheet(list, charStyles);
    }

    /** This sheet with {@code style} added at {@code index} (its name must be new). */
    public StyleSheet inserted(int index, ParagraphStyle style) {
        List<ParagraphStyle> list = new ArrayList<>(paragraphStyles);
        list.add(Math.max(0, Math.min(index, list.size())), style);
        return new StyleSheet(list, charStyles);
    }

    /** Position of the named style in the sheet, -1 when absent. */
    public int indexOf(String name) {
        for (int i = 0; i < paragraphStyles.size(); i++) if (paragraphStyles.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The styles based directly on the named one. */
    public List<ParagraphStyle> basedOn(String name) {
        List<ParagraphStyle> out = new ArrayList<>();
        for (ParagraphStyle s : paragraphStyles) if (s.basedOn().equals(name)) out.add(s);
        return out;
    }

    /** True when {@code name} is {@code ancestor} or inherits from it, directly or further up. */
    public boolean inheritsFrom(String name, String ancestor) {
        Set<String> seen = new HashSet<>();
        for (Optional<ParagraphStyle> s = find(name); s.isPresent() && seen.add(s.get().name()); s = find(s.get().basedOn())) {
            if (s.get().name().equals(ancestor)) return true;
        }
        return false;
    }

    /**
     * Replaces the style named {@code name} by {@code updated} (which may have
     * another name). The styles based on it, at every depth, take each changed
     * value they inherited, that is each value they had equal to the old one;
     * a rename is followed by their "based on".
     */
    public StyleSheet restyle(String name, ParagraphStyle updated) {
        ParagraphStyle old = find(name).orElseThrow(() -> new IllegalArgumentException("no paragraph style " + name));
        List<ParagraphStyle> list = new ArrayList<>(paragraphStyles);
        list.set(indexOf(name), updated);
        propagate(list, old, updated);
        return new StyleSheet(list, charStyles);
    }

    private static void propagate(List<ParagraphStyle> list, ParagraphStyle old, ParagraphStyle updated) {
        for (int i = 0; i < list.size(); i++) {
            ParagraphStyle child = list.get(i);
            if (!child.basedOn().equals(old.name()) || child == updated) continue;
            ParagraphStyle next = inherit(child, old, updated).withBasedOn(updated.name());
            list.set(i, next);
            if (!next.equals(child)) propagate(list, child, next);
        }
    }

    /** {@code child} with each value it shares with {@code oldParent} replaced by {@code newParent}'s. */
    static ParagraphStyle inherit(ParagraphStyle child, ParagraphStyle oldParent, ParagraphStyle newParent) {
        RecordComponent[] parts = ParagraphStyle.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                Object mine = parts[i].getAccessor().invoke(child);
                String key = parts[i].getName();
                boolean own = key.equals("name") || key.equals("basedOn");
                values[i] = !own && mine.equals(parts[i].getAccessor().invoke(oldParent))
                        ? parts[i].getAccessor().invoke(newParent) : mine;
            }
            return ParagraphStyle.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * This sheet without the named style; the styles based on it now inherit
     * from its own parent (their values stay as they are).
     */
    public StyleSheet without(String name) {
        ParagraphStyle gone = find(name).orElseThrow(() -> new IllegalArgumentException("no paragraph style " + name));
        if (paragraphStyles.size() == 1) throw new IllegalArgumentException("the sheet needs at least one paragraph style");
        List<ParagraphStyle> list = new ArrayList<>();
        for (ParagraphStyle s : paragraphStyles) {
            if (s == gone) continue;
            list.add(s.basedOn().equals(name) ? s.withBasedOn(gone.basedOn()) : s);
        }
        return new StyleSheet(list, charStyles);
    }
}
