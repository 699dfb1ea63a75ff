package paiban.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the JSON tree of an edition from format version {@link #from()}
 * to {@code from() + 1}. Migrations work on the tree, before the model is
 * built, so the model never needs to know old shapes.
 */
public interface Migration {
    int from();

    /** Changes {@code root} in place (or returns a new tree); "version" is set by the caller. */
    ObjectNode apply(ObjectNode root);
}
