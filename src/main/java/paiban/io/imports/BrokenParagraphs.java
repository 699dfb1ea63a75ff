package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;

import paiban.model.style.StyleRole;

/**
 * Joins a paragraph that a column break (or a page jump) in the source cut mid-sentence: a body
 * paragraph that ends without sentence-ending punctuation, followed by one that does not start a new
 * paragraph (it is not indented where the copy indents its paragraphs, and is no 电头, 署名 or subhead).
 * The rest must end its sentence, so copy that never ends a paragraph is not chained into one. The headline
 * lines at the top and short lines (titles, subheads) are never joined. Each join is noted
 * with the words on either side of it.
 */
final class BrokenParagraphs {
    private BrokenParagraphs() {}

    static List<Draft> join(List<Draft> drafts, ImportReport.Builder report) {
        List<Draft> out = new ArrayList<>(drafts);
        int top = 0;
        while (top < out.size() && top < StructureRecognizer.HEADLINE_LINES && StructureRecognizer.looksLikeHeadline(out.get(top).plainText())) top++;
        boolean indents = indentsParagraphs(out, top);
        for (int i = Math.max(top, 0); i + 1 < out.size(); ) {
            Draft p = out.get(i), q = out.get(i + 1);
            if (!joins(p, q, indents)) {
                i++;
                continue;
            }
            report.add(Cleanup.JOIN_BROKEN, 1);
            report.note("note.joined", report.where(p), tail(p.plainText()), TextParagraphs.excerpt(q.plainText()));
            int start = 0;
            while (start < q.text.length() && (CleanupChars.isSpace(q.text.charAt(start)) || q.text.charAt(start) == '\n')) start++;
            int end = p.text.length();
            while (end > 0 && (CleanupChars.isSpace(p.text.charAt(end - 1)) || p.text.charAt(end - 1) == '\n')) end--;
            p.text.replace(end, p.text.length(), "");
            String s = p.plainText();
            String rest = q.plainText();
            boolean latin = end > 0 && start < rest.length()
                    && !CleanupChars.isChinese(s.codePointBefore(end)) && !CleanupChars.isChinese(rest.codePointAt(start));
            if (latin) p.text.append(" ", null);
            p.text.append(q.text.slice(start, q.text.length()));
            p.jumpedOut = q.jumpedOut;
            out.remove(i + 1);
        }
        return out;
    }

    private static boolean joins(Draft p, Draft q, boolean indents) {
        if (p.fromSource || q.fromSource || !p.style.equals(StyleRole.BODY.standardName()) || !q.style.equals(StyleRole.BODY.standardName())) return false;
        String a = p.plainText(), b = q.plainText();
        if (!endsMidSentence(a)) return false;
        if (startsNewPart(b)) return false;
        if (a.length() + b.length() > ImportLimits.MAX_PARAGRAPH_CHARS) return false;
        if (p.jumpedOut && q.jumpedIn) return true;
        if (p.jumpedOut || q.jumpedIn) return false;
        // the rest of the sentence ends it: copy that never ends its paragraphs is not joined into one
        if (!CleanupChars.isEndPunctuation(CleanupChars.lastVisible(b)) || endsMidSentence(b)) return false;
        if (CleanupChars.visibleLength(a) <= StructureRecognizer.SUBHEAD_MAX) return false;
        if (indents && indented(b)) return false;
        // a short line without end punctuation next is a subhead, not the rest of a sentence
        return !(CleanupChars.visibleLength(b) <= StructureRecognizer.SUBHEAD_MAX && !CleanupChars.isEndPunctuation(CleanupChars.lastVisible(b)));
    }

    /** Ends on a character, a comma or a dash: the sentence goes on. A colon may end a paragraph before a quotation. */
    static boolean endsMidSentence(String s) {
        int last = CleanupChars.lastVisible(s);
        if (last < 0) return false;
        if (Character.isLetterOrDigit(last)) return true;
        return "，、；,;—".indexOf(last) >= 0;
    }

    private static boolean startsNewPart(String s) {
        String t = s.strip();
        return StructureRecognizer.DATELINE.matcher(t).find() || StructureRecognizer.isByline(t) || t.isEmpty();
    }

    /** True when at least half of the body paragraphs (two or more) start indented: the copy marks paragraphs so. */
    private static boolean indentsParagraphs(List<Draft> drafts, int from) {
        int n = 0, indented = 0;
        for (int i = from; i < drafts.size(); i++) {
            n++;
            if (indented(drafts.get(i).plainText())) indented++;
        }
        return n >= 2 && indented * 2 >= n;
    }

    private static boolean indented(String s) {
        return !s.isEmpty() && CleanupChars.isSpace(s.charAt(0));
    }

    /** The last few characters of a paragraph, for the note. */
    private static String tail(String s) {
        String t = s.replace('\n', ' ').replaceAll("[ \t]+", " ").strip();
        int n = t.codePointCount(0, t.length());
        return n > 12 ? "“…" + t.substring(t.offsetByCodePoints(0, n - 12)) + "”" : "“" + t + "”";
    }
}
