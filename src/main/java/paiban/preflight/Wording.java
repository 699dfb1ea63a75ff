package paiban.preflight;

import java.util.List;

/**
 * A piece of a finding's text that is itself translated: a frame kind
 * (图片框 / image frame), what an ink is used for, a story named in the text.
 * Used as an argument of a {@link Finding}.
 */
public record Wording(String key, List<Object> args) {
    public Wording {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("wording without a key");
        args = List.copyOf(args);
    }

    static Wording of(String key, Object... args) {
        return new Wording(key, List.of(args));
    }
}
