package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import paiban.model.style.StyleRole;

/**
 * Recognises a story's parts from the shape of its paragraphs: the headline
 * stack at the top, the 电头 and 署名, and subheads in the body. It sets
 * styles and may split a trailing 署名 off the last paragraph, never touching
 * the words. Styles a Word document named itself are left as they are.
 */
final class StructureRecognizer {
    /** 本报讯（记者 …）, 本报北京1月5日讯（…）, 新华社北京1月5日电（…） at a paragraph's start. */
    static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:本报|新华社|中新社|人民网|新华网|央视网)[^\\s，。（()）]{0,20}?[讯电]\\s*[（(][^（()）\\n]{1,60}[）)]");
    /** A whole paragraph （记者 …）. */
    static final Pattern BYLINE = Pattern.compile(
            "^\\s*[（(]\\s*(?:本报|新华社|中新社)?(?:特约|实习)?(?:记者|通讯员|实习生)[^（()）\\n]{0,40}[）)]\\s*$");
    /** A （记者 …） closing the last paragraph after its final sentence. */
    static final Pattern TRAILING_BYLINE = Pattern.compile(
            "(?<=[。！？…”」』])(\\s*)([（(]\\s*(?:本报|新华社|中新社)?(?:特约|实习)?(?:记者|通讯员|实习生)[^（()）\\n]{0,40}[）)])\\s*$");

    /** Longest headline line, in characters; longer lines are body text. */
    static final int HEADLINE_MAX = 30;
    /** Most lines a headline stack has (引题, 主题 in two lines, 副题). */
    static final int HEADLINE_LINES = 4;
    /** Longest subhead, in characters. */
    static final int SUBHEAD_MAX = 24;

    private static final Set<String> HEADLINE_STYLES = Set.of(StyleRole.KICKER.standardName(), StyleRole.TITLE.standardName(), StyleRole.SUBTITLE.standardName());

    record Parts(List<Draft> headline, List<Draft> body) {}

    private StructureRecognizer() {}

    static boolean looksLikeHeadline(String line) {
        int n = CleanupChars.visibleLength(line);
        if (n == 0 || n > HEADLINE_MAX || line.indexOf('\n') >= 0) return false;
        if (CleanupChars.endsClause(CleanupChars.lastVisible(line))) return false;
        return !DATELINE.matcher(line).find() && !isByline(line);
    }

    static boolean isByline(String text) {
        return BYLINE.matcher(text).matches() || TextCleaner.PHOTO_CREDIT.matcher(text).matches() || TextCleaner.isBylineLine(text);
    }

    static Parts recognize(List<Draft> drafts, ImportOptions opt, ImportReport.Builder report) {
        List<Draft> all = new ArrayList<>(drafts);
        int stack = headlineStack(all, opt.on(Cleanup.HEADLINE));
        List<Draft> headline = new ArrayList<>(all.subList(0, stack));
        List<Draft> body = new ArrayList<>(all.subList(stack, all.size()));
        report.add(Cleanup.HEADLINE, styleHeadline(headline, report));
        if (opt.on(Cleanup.DATELINE)) report.add(Cleanup.DATELINE, datelines(body));
        if (opt.on(Cleanup.BYLINE)) report.add(Cleanup.BYLINE, bylines(body));
        if (opt.on(Cleanup.SUBHEADS)) report.add(Cleanup.SUBHEADS, subheads(body));
        return new Parts(headline, body);
    }

    /**
     * How many leading drafts form the headline: those Word styled 引题 / 主题 / 副题,
     * and (if on) short unstyled lines among them, at most {@link #HEADLINE_LINES}
     * in all and with body text after them.
     */
    private static int headlineStack(List<Draft> all, boolean infer) {
        int named = 0;
        while (named < all.size() && named(all.get(named))) named++;
        if (!infer) return named;
        int n = 0;
        boolean inferred = false;
        while (n < all.size()) {
            Draft d = all.get(n);
            if (named(d)) n++;
            else if (!d.fromSource && looksLikeHeadline(d.plainText())) { n++; inferred = true; }
            else break;
        }
        boolean bodyFollows = n < all.size();
        return inferred && n <= HEADLINE_LINES && bodyFollows ? n : named;
    }

    private static boolean named(Draft d) {
        return d.fromSource && HEADLINE_STYLES.contains(d.style);
    }

    /**
     * Styles the inferred headline lines by what they are, not where they stand. Beside a 主题 the document
     * named, lines before it are 引题 and lines after it 副题. Otherwise a line starting with a dash is a 副题,
     * and so is every line after it; among the lines before the dash the 主题 is the one that reads as a main
     * headline — two phrases set apart by a space (科技赋能　数字先行), or an exclamation or question — with
     * 引题 before it and 副题 after it. Without such a line: before a dash the last line is the 主题; one line is
     * the 主题; two lines are 引题 + 主题 when the first is a short kicker or the second not much longer, and
     * 主题 + 副题 when the second is much longer (a 副题 explains); three are 引题, 主题, 副题. Where only
     * lengths or positions decided, the report says so and names the guess.
     */
    private static int styleHeadline(List<Draft> headline, ImportReport.Builder report) {
        List<String> styles = new ArrayList<>();
        int main = -1;
        for (int i = 0; i < headline.size(); i++) if (headline.get(i).fromSource && headline.get(i).style.equals(StyleRole.TITLE.standardName())) main = i;
        boolean unsure = false;
        if (main < 0) {
            int dash = headline.size();
            for (int i = 0; i < headline.size(); i++) {
                if (startsWithDash(headline.get(i).plainText())) { dash = i; break; }
            }
            int cue = -1, cues = 0;
            for (int i = 0; i < dash; i++) {
                if (readsAsMain(headline.get(i).plainText())) { cue = i; cues++; }
            }
            if (cues == 1) main = cue;
            else if (dash == 0) { main = 0; unsure = headline.size() > 1; }
            else if (dash < headline.size()) main = dash - 1;
            else if (dash == 1) main = 0;
            else if (dash == 2) {
                int first = CleanupChars.visibleLength(headline.get(0).plainText());
                int second = CleanupChars.visibleLength(headline.get(1).plainText());
                boolean kicker = first <= KICKER_MAX;
                boolean explains = second * 2 >= first * 3 && second - first >= 4;
                main = !kicker && explains ? 0 : 1;
                unsure = true;
            } else {
                main = 1;
                unsure = dash > 3;
            }
        }
        for (int i = 0; i < headline.size(); i++) styles.add(i < main ? StyleRole.KICKER.standardName() : i == main ? StyleRole.TITLE.standardName() : StyleRole.SUBTITLE.standardName());
        int changed = 0;
        for (int i = 0; i < headline.size(); i++) {
            Draft d = headline.get(i);
            if (!d.fromSource) {
                d.style = styles.get(i);
                changed++;
            }
        }
        if (unsure && changed > 0) {
            StringBuilder set = new StringBuilder();
            for (Draft d : headline) {
                if (set.length() > 0) set.append(", ");
                set.append(d.style).append(" “").append(d.plainText().strip()).append('”');
            }
            report.note("note.headlineUnsure", set.toString());
        }
        return changed;
    }

    /** Longest line taken for a kicker (引题) by its shortness alone: 春运首日, 聚焦两会. */
    static final int KICKER_MAX = 6;

    /**
     * A line that reads as a main headline: two phrases set apart by a space (科技赋能　数字先行, the space
     * the clean-up kept), or one that exclaims or asks.
     */
    static boolean readsAsMain(String line) {
        String s = line.strip();
        int last = CleanupChars.lastVisible(s);
        if (last == '！' || last == '？' || last == '!' || last == '?') return true;
        for (int i = 2; i + 2 < s.length(); i++) {
            if (CleanupChars.isSpace(s.charAt(i)) && CleanupChars.isHan(s.charAt(i - 1)) && CleanupChars.isHan(s.charAt(i - 2))
                    && CleanupChars.isHan(s.charAt(i + 1)) && CleanupChars.isHan(s.charAt(i + 2))) return true;
        }
        return false;
    }

    static boolean startsWithDash(String s) {
        String t = s.strip().replace('\u3000', ' ').strip();
        return t.startsWith("—") || t.startsWith("--") || t.startsWith("－－") || t.startsWith("─") || t.startsWith("——");
    }

    private static int datelines(List<Draft> body) {
        int n = 0;
        for (Draft d : body) {
            if (d.fromSource || !d.style.equals(StyleRole.BODY.standardName())) continue;
            java.util.regex.Matcher m = DATELINE.matcher(d.plainText());
            if (m.find()) {
                d.style = StyleRole.DATELINE.standardName();
                // only 本报讯（…） is set in 黑体; the sentence after it is body type
                int start = m.start();
                while (start < m.end() && Character.isWhitespace(d.plainText().charAt(start))) start++;
                d.text.restyle(start, m.end(), "粗体");
                n++;
            }
        }
        return n;
    }

    private static int bylines(List<Draft> body) {
        int n = 0;
        for (Draft d : body) {
            if (!d.fromSource && d.style.equals(StyleRole.BODY.standardName()) && isByline(d.plainText())) {
                d.style = StyleRole.BYLINE.standardName();
                n++;
            }
        }
        if (!body.isEmpty()) {
            Draft last = body.get(body.size() - 1);
            String s = last.plainText();
            Matcher m = TRAILING_BYLINE.matcher(s);
            if (!last.fromSource && !last.style.equals(StyleRole.BYLINE.standardName()) && m.find() && m.start() > 0) {
                Draft credit = new Draft(last.text.slice(m.start(2), m.end(2)), StyleRole.BYLINE.standardName(), false);
                Draft rest = new Draft(last.text.slice(0, m.start()), last.style, false);
                body.set(body.size() - 1, rest);
                body.add(credit);
                n++;
            }
        }
        return n;
    }

    private static int subheads(List<Draft> body) {
        boolean[] candidate = new boolean[body.size()];
        for (int i = 0; i < body.size(); i++) candidate[i] = looksLikeSubhead(body.get(i));
        int n = 0;
        for (int i = 1; i + 1 < body.size(); i++) {
            // A run of short lines is a list or a poem, not subheads.
            if (candidate[i] && !candidate[i - 1] && !candidate[i + 1]) {
                body.get(i).style = StyleRole.SUBHEAD.standardName();
                n++;
            }
        }
        return n;
    }

    private static boolean looksLikeSubhead(Draft d) {
        if (d.fromSource || !d.style.equals(StyleRole.BODY.standardName())) return false;
        String s = d.plainText();
        int len = CleanupChars.visibleLength(s);
        return len > 0 && len <= SUBHEAD_MAX && !CleanupChars.isEndPunctuation(CleanupChars.lastVisible(s))
                && s.indexOf('\n') < 0 && !isByline(s) && !DATELINE.matcher(s).find();
    }
}
