package paiban.compose.line;

import paiban.compose.text.CharClass;

/** Counts a line's characters the way the 孤字 rule does. */
final class LineBreakerTestAccess {
    private LineBreakerTestAccess() {}

    static boolean isLone(String line) {
        long base = line.codePoints().map(cp -> CharClass.of(cp))
                .filter(c -> c != CharClass.STOP && c != CharClass.EXCL && c != CharClass.CLOSE && c != CharClass.W_CLOSE
                        && c != CharClass.SPACE)
                .count();
        return base <= 1;
    }
}
