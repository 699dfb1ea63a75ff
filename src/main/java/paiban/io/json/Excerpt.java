package paiban.io.json;

/**
 * A value from the file as a message quotes it: on one line and cut to a few
 * dozen characters, so a 5 MB paragraph in the wrong place still gives a
 * message a person can read.
 */
public final class Excerpt {
    /** Characters of a value kept in a message. */
    public static final int KEEP = 32;

    private Excerpt() {}

    /** {@code text} on one line, cut after {@link #KEEP} characters with "…" and the full length. */
    public static String of(String text) {
        if (text == null) return "";
        int end = text.length() <= KEEP + 8 ? text.length() : KEEP;
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        StringBuilder sb = new StringBuilder(end + 24);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (end < text.length()) sb.append("… (").append(text.length()).append(" characters)");
        return sb.toString();
    }
}
