package paiban.io.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import paiban.model.style.ParagraphStyle;

/**
 * Reads the paragraph styles of a file, each style after the one it is based
 * on, so that a key a style leaves out takes its parent's resolved value. A
 * parent may come later in the list. A "basedOn" naming no style, or a chain
 * that comes back to where it started, is refused at that "basedOn".
 */
final class StyleInheritance {
    private final List<In> styles;
    private final Map<String, Integer> index = new HashMap<>();
    private final ParagraphStyle[] resolved;

    StyleInheritance(List<In> styles) {
        this.styles = styles;
        this.resolved = new ParagraphStyle[styles.size()];
        for (int i = 0; i < styles.size(); i++) {
            In s = styles.get(i).object();
            In name = s.opt("name");
            if (name != null && name.node().isTextual()) index.putIfAbsent(name.node().textValue(), i);
        }
    }

    /** The styles in file order, each with its inherited values filled in. */
    List<ParagraphStyle> resolve() {
        for (int i = 0; i < styles.size(); i++) resolve(i, new LinkedHashSet<>());
        return List.of(resolved);
    }

    private ParagraphStyle resolve(int i, Set<String> chain) {
        if (resolved[i] != null) return resolved[i];
        In s = styles.get(i);
        In basedOn = s.opt("basedOn");
        ParagraphStyle parent = null;
        if (basedOn != null) {
            String parentName = basedOn.string();
            String name = s.string("name");
            if (!parentName.isEmpty()) {
                Integer p = index.get(parentName);
                if (p == null) {
                    throw basedOn.error("style \"" + Excerpt.of(name) + "\" is based on \"" + Excerpt.of(parentName)
                            + "\", which is not a paragraph style of this file");
                }
                chain.add(name);
                if (chain.contains(parentName)) {
                    List<String> loop = new ArrayList<>(chain);
                    loop = loop.subList(loop.indexOf(parentName), loop.size());
                    throw basedOn.error("the styles are based on each other in a circle ("
                            + String.join(" → ", loop) + " → " + parentName + "); a style cannot inherit from itself");
                }
                parent = resolve(p, chain);
            }
        }
        resolved[i] = EditionReader.paragraphStyle(new In(s.node(), s.path(), s.pointer()), parent);
        return resolved[i];
    }
}
