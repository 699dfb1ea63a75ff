package paiban.io.imports;

import static paiban.io.imports.CleanupChars.isAsciiAlnum;
import static paiban.io.imports.CleanupChars.isAsciiDigit;
import static paiban.io.imports.CleanupChars.isChinese;
import static paiban.io.imports.CleanupChars.isSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character-level clean-up rules over one paragraph's text. Each returns
 * how many places it changed; the counting unit is documented on {@link Cleanup}.
 * Rules only remove white space, join lines, or swap a character for its
 * other-width form, so the author's words survive every rule.
 */
final class TextCleaner {
    /** Names in a 记者 bracket are separated by spaces on purpose (（记者 张三 李四）): never join them. */
    static final Pattern REPORTER_BRACKET =
            Pattern.compile("[（(]\\s*(?:本报|新华社|中新社)?(?:特约|实习)?(?:记者|通讯员|实习生|摄影|摄)[^（()）]*[）)]");
    /** A photo credit 本报记者 张三 摄, whole paragraph. */
    static final Pattern PHOTO_CREDIT =
            Pattern.compile("^\\s*(?:本报)?(?:特约|实习)?(?:记者|通讯员)[^。！？，\\n]{1,30}摄\\s*$");

    /**
     * A byline line without brackets (本报记者 张明 通讯员 李华, 记者 王五 报道): roles and names, spaced on
     * purpose, whole paragraph.
     */
    static final Pattern BYLINE_LINE = Pattern.compile(
            "^[ \\t\\u3000]*(?:(?:本报|新华社|中新社)?(?:特约|实习|首席)?(?:记者|通讯员|实习生|摄影记者|摄影)[ \\t\\u3000]*"
            + "\\p{IsHan}{2,4}(?:[ \\t\\u3000、]+\\p{IsHan}{2,4})*[ \\t\\u3000]*)+$");
    static boolean isBylineLine(String s) {
        return s.length() <= 60 && BYLINE_LINE.matcher(s).matches();
    }

    /** A book, paper or film title in 《》: its spaces are the title's (《习近平谈治国理政 第四卷》 …). */
    static final Pattern BOOK_TITLE = Pattern.compile("《[^《》\\n]{1,60}》");

    private static final String SP = "[ \\t\\u00A0\\u3000]*";
    private static final String TIME = "\\d{1,2}" + SP + "[时点](?:" + SP + "\\d{1,2}" + SP + "分)?";
    /**
     * A date or time written with Arabic digits, as one: 2024 年 5 月 3 日, 5 月 3 日 15 时 30 分, 3 日 15 时,
     * 15 时 30 分.
     */
    static final Pattern DATE = Pattern.compile(
            "\\d{1,4}" + SP + "(?:年" + SP + "\\d{1,2}" + SP + "月(?:" + SP + "\\d{1,2}" + SP + "日)?(?:" + SP + TIME + ")?"
            + "|月" + SP + "\\d{1,2}" + SP + "日(?:" + SP + TIME + ")?"
            + "|日" + SP + TIME
            + "|[时点]" + SP + "\\d{1,2}" + SP + "分)");
    /** The head of a 电头 up to its bracket, spaces allowed: 本报北京 5 月 3 日讯 （. */
    static final Pattern DATELINE_HEAD = Pattern.compile(
            "^[ \\t\\u3000]*(?:本报|新华社|中新社|人民网|新华网|央视网)[^，。（()）\\n]{0,30}?[讯电]" + SP + "(?=[（(])");

    private static final String HALF = ",.:;?!()";
    private static final String FULL = "，。：；？！（）";

    private TextCleaner() {}

    /** Drops white space at the paragraph's start (the style indents). */
    static int leadingIndent(RichText t) {
        int n = 0;
        while (n < t.length() && isSpace(t.charAt(n))) n++;
        if (n == 0) return 0;
        t.replace(0, n, "");
        return 1;
    }

    /** Joins each line break, with the spaces around it, into nothing beside Chinese or one space between Latin words. */
    static int joinLines(RichText t) {
        int count = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            if (t.charAt(i) != '\n') continue;
            int start = i, end = i + 1;
            while (start > 0 && (isSpace(t.charAt(start - 1)) || t.charAt(start - 1) == '\n')) start--;
            while (end < t.length() && (isSpace(t.charAt(end)) || t.charAt(end) == '\n')) end++;
            String s = t.toString();
            int before = start > 0 ? s.codePointBefore(start) : -1;
            int after = end < s.length() ? s.codePointAt(end) : -1;
            String glue = before < 0 || after < 0 || isChinese(before) || isChinese(after) ? "" : " ";
            for (int k = start; k < end; k++) if (t.charAt(k) == '\n') count++;
            t.replace(start, end, glue);
            i = start;
        }
        return count;
    }

    /** Ｆｕｌｌ-width ASCII letters and digits to their half-width forms. */
    static int fullwidthAlnum(RichText t) {
        int count = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CleanupChars.isFullwidthAlnum(c)) {
                t.replace(i, i + 1, String.valueOf((char) (c - 0xFEE0)));
                count++;
            }
        }
        return count;
    }

    /**
     * Half-width , . : ; ? ! ( ) beside Chinese to full-width. A full stop only
     * after Chinese and before Chinese, a line end or a closing mark, never
     * before a digit or letter (3.5亿, www.gov.cn), after a number only at the
     * paragraph's end, nor in a run (...); , and :
     * never between digits (1,000, 3:00). Brackets convert in pairs.
     */
    static int punctuation(RichText t) {
        String s = t.toString();
        char[] out = s.toCharArray();
        int count = 0;
        int[] match = matchBrackets(s);
        Boolean[] pairDecision = new Boolean[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = HALF.indexOf(c);
            if (k < 0) continue;
            boolean convert;
            if (c == '(' || c == ')') {
                int j = match[i];
                if (j < 0) convert = isChinese(prevVisible(s, i)) || isChinese(nextVisible(s, i));
                else if (pairDecision[i] != null) convert = pairDecision[i];
                else {
                    int close = j;
                    convert = isChinese(prevVisible(s, i)) || isChinese(nextVisible(s, i))
                            || isChinese(prevVisible(s, close)) || isChinese(nextVisible(s, close));
                    pairDecision[close] = convert;
                }
            } else if (c == '.') {
                int prevImm = i > 0 ? s.charAt(i - 1) : -1, nextImm = i + 1 < s.length() ? s.charAt(i + 1) : -1;
                int next = nextVisible(s, i);
                boolean closesChinese = isChinese(prevVisible(s, i))
                        && (next < 0 || isChinese(next) || "\"')]》」』".indexOf(next) >= 0);
                // 下午5:30. at the paragraph's end is a sentence end, not a decimal point.
                boolean endsAfterNumber = isAsciiDigit(prevImm) && nextImm < 0 && hasHan(s);
                convert = prevImm != '.' && nextImm != '.' && !isAsciiAlnum(nextImm) && (closesChinese || endsAfterNumber);
            } else {
                int prevImm = i > 0 ? s.charAt(i - 1) : -1, nextImm = i + 1 < s.length() ? s.charAt(i + 1) : -1;
                boolean numeric = isAsciiDigit(prevImm) && isAsciiDigit(nextImm);
                convert = !numeric && (isChinese(prevVisible(s, i)) || isChinese(nextVisible(s, i)));
            }
            if (convert) {
                out[i] = FULL.charAt(k);
                // Later marks see this one as Chinese punctuation (好?! → 好？！).
                s = s.substring(0, i) + out[i] + s.substring(i + 1);
                count++;
            }
        }
        if (count > 0) {
            for (int i = 0; i < out.length; i++) if (out[i] != t.charAt(i)) t.replace(i, i + 1, String.valueOf(out[i]));
        }
        return count;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(CleanupChars::isHan);
    }

    /** For each bracket, the index of its partner, or -1 when unpaired. */
    private static int[] matchBrackets(String s) {
        int[] match = new int[s.length()];
        java.util.Arrays.fill(match, -1);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') open.push(i);
            else if (s.charAt(i) == ')' && !open.isEmpty()) {
                int o = open.pop();
                match[o] = i;
                match[i] = o;
            }
        }
        return match;
    }

    private static int prevVisible(String s, int i) {
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) return cp;
            i -= Character.charCount(cp);
        }
        return -1;
    }

    private static int nextVisible(String s, int i) {
        i++;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) return cp;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Removes the spaces inside dates and times written with digits (5 月 3 日 → 5月3日, 15 时 30 分) and in
     * the head of a 电头 (本报北京 5 月 3 日讯 → 本报北京5月3日讯), so that every date reads alike; one per
     * date or head changed.
     */
    static int dates(RichText t) {
        int count = 0;
        Matcher head = DATELINE_HEAD.matcher(t.toString());
        if (head.find()) {
            int start = head.start();
            while (start < head.end() && isSpace(t.charAt(start))) start++;
            if (removeSpaces(t, start, head.end()) > 0) count++;
        }
        String s = t.toString();
        List<int[]> found = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) found.add(new int[] {m.start(), m.end()});
        for (int k = found.size() - 1; k >= 0; k--) {
            int start = found.get(k)[0], end = found.get(k)[1];
            // a date sits against the Chinese around it (上海 5月3日 举行 → 上海5月3日举行)
            int after = end;
            while (after < s.length() && isSpace(s.charAt(after))) after++;
            if (after > end && after < s.length() && isChinese(s.codePointAt(after))) end = after;
            int before = start;
            while (before > 0 && isSpace(s.charAt(before - 1))) before--;
            if (before < start && before > 0 && isChinese(s.codePointBefore(before))) start = before;
            if (removeSpaces(t, start, end) > 0) count++;
        }
        return count;
    }

    /** Removes the spaces in [start, end); returns how many went. */
    private static int removeSpaces(RichText t, int start, int end) {
        int n = 0;
        for (int i = end - 1; i >= start; i--) {
            if (isSpace(t.charAt(i))) {
                t.replace(i, i + 1, "");
                n++;
            }
        }
        return n;
    }

    /**
     * Removes runs of spaces with Chinese on both sides (市 教 育 局), except the spaces that mean something:
     * in a 记者 bracket, a byline or photo credit line (本报记者 张明 通讯员 李华), inside a title in 《》, and
     * between the phrases of a headline line (科技赋能 数字先行, kept as one 字 space).
     */
    static int chineseSpaces(RichText t) {
        String s = t.toString();
        if (PHOTO_CREDIT.matcher(s).matches() || isBylineLine(s)) return 0;
        List<int[]> kept = new ArrayList<>();
        Matcher m = REPORTER_BRACKET.matcher(s);
        while (m.find()) kept.add(new int[] {m.start(), m.end()});
        List<int[]> titles = new ArrayList<>();
        Matcher book = BOOK_TITLE.matcher(s);
        while (book.find()) titles.add(new int[] {book.start(), book.end()});
        int count = 0;
        // once per paragraph, not per space: only a headline line keeps breaks between its phrases
        boolean headline = StructureRecognizer.looksLikeHeadline(s.strip());
        for (int[] run : spaceRuns(s)) {
            int start = run[0], end = run[1];
            if (start == 0 || end == s.length() || inside(kept, start)) continue;
            // inside 《》 a space between words stays (《数字中国建设 整体布局规划》); spaced-out letters go
            if (inside(titles, start) && hanRun(s, start, -1) >= 2 && hanRun(s, end, 1) >= 2) continue;
            if (isChinese(s.codePointBefore(start)) && isChinese(s.codePointAt(end))) {
                boolean keep = headline && phraseBreak(s, start, end);
                if (keep && s.substring(start, end).equals("\u3000")) continue;
                t.replace(start, end, keep ? "\u3000" : "");
                count++;
            }
        }
        return count;
    }

    /**
     * In a headline line, a break between two phrases, which the desk keeps
     * as one 字 space (历时三年建设　串联沿岸十二座公园, 科技赋能 数字先行):
     * any space between runs of at least two Han characters. A space next to a
     * single character (市 教 育 局) is spacing-out copy, and goes.
     */
    private static boolean phraseBreak(String s, int start, int end) {
        return hanRun(s, start, -1) >= 2 && hanRun(s, end, 1) >= 2;
    }

    /** Han characters in a row from {@code at} going left (-1, from the one before) or right (1). */
    private static int hanRun(String s, int at, int direction) {
        int n = 0;
        int i = at;
        while (direction < 0 ? i > 0 : i < s.length()) {
            int cp = direction < 0 ? s.codePointBefore(i) : s.codePointAt(i);
            if (!CleanupChars.isHan(cp)) break;
            n++;
            i += direction * Character.charCount(cp);
        }
        return n;
    }

    /** Makes each run of two or more spaces one (its first), and drops trailing spaces; leading ones are indentation. */
    static int collapseSpaces(RichText t) {
        String s = t.toString();
        int count = 0;
        for (int[] run : spaceRuns(s)) {
            int start = run[0], end = run[1];
            if (start == 0) continue;
            if (end == s.length()) {
                t.replace(start, end, "");
                count++;
            } else if (end - start > 1) {
                t.replace(start + 1, end, "");
                count++;
            }
        }
        return count;
    }

    private static boolean inside(List<int[]> ranges, int index) {
        for (int[] r : ranges) if (index > r[0] && index < r[1]) return true;
        return false;
    }

    /** Runs of spaces as [start, end), last first so that removing one leaves the others' indices valid. */
    private static List<int[]> spaceRuns(String s) {
        List<int[]> runs = new ArrayList<>();
        int i = s.length();
        while (i > 0) {
            if (!isSpace(s.charAt(i - 1))) { i--; continue; }
            int end = i;
            while (i > 0 && isSpace(s.charAt(i - 1))) i--;
            runs.add(new int[] {i, end});
        }
        return runs;
    }
}
