package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jump lines typed in the copy — （下转第三版）, （上接第一版）, （下转A3版）, 下转A3版 on a line of its own —
 * which Paiban sets itself from the frame chain. Each is removed with a note saying what and where; the
 * paragraphs on either side remember it, so that a paragraph cut by the jump can be joined again
 * ({@link BrokenParagraphs}).
 */
final class JumpLines {
    private JumpLines() {}

    private static final String VERB = "(下转|下接|转|上接|紧接|接|续|转自)";
    private static final String PAGE = "(?:(?:第\\s*)?(?:[0-9０-９]{1,3}|[一二三四五六七八九十〇零两]{1,3})\\s*版"
            + "|[A-Za-zＡ-Ｚａ-ｚ]\\s*[0-9０-９]{1,3}\\s*版?)";
    /** A jump line in brackets, anywhere in a paragraph. */
    static final Pattern BRACKETED = Pattern.compile("[（(]\\s*" + VERB + "\\s*" + PAGE + "\\s*[）)]");
    /** A jump line without brackets, as a whole paragraph. */
    static final Pattern BARE = Pattern.compile("^\\s*" + VERB + "\\s*" + PAGE + "\\s*$");

    /** Removes the jump lines; returns the drafts left (a paragraph that was only a jump line goes). */
    static List<Draft> remove(List<Draft> drafts, ImportReport.Builder report) {
        List<Draft> out = new ArrayList<>();
        boolean pendingIn = false;
        for (Draft d : drafts) {
            if (pendingIn) d.jumpedIn = true;
            pendingIn = false;
            String s = d.plainText();
            Matcher bare = BARE.matcher(s);
            if (bare.matches()) {
                note(report, d, s.strip());
                if (isOut(bare.group(1))) {
                    if (!out.isEmpty()) out.get(out.size() - 1).jumpedOut = true;
                } else {
                    pendingIn = true;
                }
                continue;
            }
            Matcher m = BRACKETED.matcher(s);
            List<int[]> found = new ArrayList<>();
            while (m.find()) found.add(new int[] {m.start(), m.end(), isOut(m.group(1)) ? 1 : 0});
            if (found.isEmpty()) {
                out.add(d);
                continue;
            }
            for (int k = found.size() - 1; k >= 0; k--) {
                int[] f = found.get(k);
                String mark = s.substring(f[0], f[1]);
                note(report, d, mark);
                boolean atEnd = s.substring(f[1]).isBlank();
                boolean atStart = s.substring(0, f[0]).isBlank();
                if (f[2] == 1 && atEnd) d.jumpedOut = true;
                if (f[2] == 0 && atStart) d.jumpedIn = true;
                int end = f[1];
                // the spaces after a mark go with it, those before it only at the end (indentation stays)
                if (!atStart) while (end < d.text.length() && CleanupChars.isSpace(d.text.charAt(end))) end++;
                int start = f[0];
                if (atEnd) while (start > 0 && CleanupChars.isSpace(d.text.charAt(start - 1))) start--;
                d.text.replace(start, end, "");
                s = d.plainText();
            }
            if (TextParagraphs.blank(d.plainText())) {
                // a paragraph of its own: （下转…） marks the one before it, （上接…） the one after
                if (d.jumpedOut && !out.isEmpty()) out.get(out.size() - 1).jumpedOut = true;
                pendingIn = d.jumpedIn;
                continue;
            }
            out.add(d);
        }
        return out;
    }

    private static boolean isOut(String verb) {
        return verb.equals("下转") || verb.equals("下接") || verb.equals("转");
    }

    private static void note(ImportReport.Builder report, Draft d, String mark) {
        report.add(Cleanup.JUMP_LINES, 1);
        report.note("note.jumpLine", mark, report.where(d));
    }
}
