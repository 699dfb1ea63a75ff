package paiban.edit;

import java.util.ArrayList;
import java.util.List;

import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;

/**
 * Typing, deleting, splitting and joining on a story's paragraph list, as
 * pure functions. Character runs follow the text: characters typed take
 * the run of the character before them (the first character's at a
 * paragraph's start), as the story editor does; deleting shrinks or drops
 * runs; a split cuts its runs in two. Paragraphs an edit does not touch are
 * returned as the same objects, which the composer's caches key on.
 */
public final class TextEdits {
    private TextEdits() {}

    /** The paragraphs after an edit and where the caret goes. */
    public record Result(List<Paragraph> paragraphs, StoryOffset caret) {
        public Result {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A story without paragraphs edits as one empty paragraph of {@code style}. */
    public static List<Paragraph> editable(List<Paragraph> ps, String style) {
        return ps.isEmpty() ? List.of(new Paragraph(style, "")) : ps;
    }

    /** {@code at} moved into the text: a paragraph that exists, an offset inside it and not inside a surrogate pair. */
    public static StoryOffset clamp(List<Paragraph> ps, StoryOffset at) {
        if (ps.isEmpty()) return StoryOffset.START;
        int p = Math.min(at.paragraph(), ps.size() - 1);
        String t = ps.get(p).text();
        int o = Math.min(at.offset(), t.length());
        if (o > 0 && o < t.length() && Character.isLowSurrogate(t.charAt(o)) && Character.isHighSurrogate(t.charAt(o - 1))) o--;
        return o == at.offset() && p == at.paragraph() ? at : new StoryOffset(p, o);
    }

    /**
     * Inserts {@code text} at {@code at}; line ends in it ({@code \n},
     * {@code \r\n}, {@code \r}) start new paragraphs of the same style.
     */
    public static Result insert(List<Paragraph> ps, StoryOffset at, String text) {
        String[] parts = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Result r = new Result(ps, at);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) r = split(r.paragraphs(), r.caret());
            if (!parts[i].isEmpty()) r = insertPlain(r.paragraphs(), r.caret(), parts[i]);
        }
        return r;
    }

    private static Result insertPlain(List<Paragraph> ps, StoryOffset at, String s) {
        Paragraph p = ps.get(at.paragraph());
        int k = at.offset(), n = s.length();
        String t = p.text();
        List<CharRun> runs = new ArrayList<>();
        for (CharRun r : p.runs()) {
            boolean owns = k > 0 ? r.start() < k && k <= r.end() : r.start() == 0 && r.end() > 0;
            if (owns) runs.add(new CharRun(r.start(), r.end() + n, r.style()));
            else if (r.start() >= k) runs.add(new CharRun(r.start() + n, r.end() + n, r.style()));
            else runs.add(r);
        }
        Paragraph edited = new Paragraph(p.style(), t.substring(0, k) + s + t.substring(k), runs);
        return new Result(replace(ps, at.paragraph(), at.paragraph() + 1, List.of(edited)),
                new StoryOffset(at.paragraph(), k + n));
    }

    /** Ends the paragraph at {@code at}; the rest goes into a new paragraph of the same style, where the caret goes. */
    public static Result split(List<Paragraph> ps, StoryOffset at) {
        Paragraph p = ps.get(at.paragraph());
        int k = at.offset();
        String t = p.text();
        List<CharRun> left = new ArrayList<>(), right = new ArrayList<>();
        for (CharRun r : p.runs()) {
            if (r.start() < k && r.end() > r.start()) left.add(new CharRun(r.start(), Math.min(r.end(), k), r.style()));
            if (r.end() > k) right.add(new CharRun(Math.max(r.start(), k) - k, r.end() - k, r.style()));
        }
        List<Paragraph> two = List.of(new Paragraph(p.style(), t.substring(0, k), left),
                new Paragraph(p.style(), t.substring(k), right));
        return new Result(replace(ps, at.paragraph(), at.paragraph() + 1, two), new StoryOffset(at.paragraph() + 1, 0));
    }

    /**
     * Joins paragraph {@code index} with the next one, keeping the first's
     * style; an empty first paragraph gives way to the second, style and all.
     */
    public static Result join(List<Paragraph> ps, int index) {
        Paragraph a = ps.get(index), b = ps.get(index + 1);
        return new Result(replace(ps, index, index + 2, List.of(joined(a, b))), new StoryOffset(index, a.text().length()));
    }

    private static Paragraph joined(Paragraph a, Paragraph b) {
        if (a.text().isEmpty()) return b;
        int n = a.text().length();
        List<CharRun> runs = new ArrayList<>(a.runs());
        for (CharRun r : b.runs()) {
            CharRun shifted = new CharRun(r.start() + n, r.end() + n, r.style());
            CharRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            // a run the paragraph break cut in two is one run again
            if (last != null && last.end() == shifted.start() && last.style().equals(shifted.style()))
                runs.set(runs.size() - 1, new CharRun(last.start(), shifted.end(), last.style()));
            else runs.add(shifted);
        }
        return new Paragraph(a.style(), a.text() + b.text(), runs);
    }

    /** Deletes the text between {@code from} and {@code to} (either order), across paragraphs; the caret goes where it was. */
    public static Result delete(List<Paragraph> ps, StoryOffset from, StoryOffset to) {
        StoryOffset a = StoryOffset.min(from, to), b = StoryOffset.max(from, to);
        if (a.equals(b)) return new Result(ps, a);
        if (a.paragraph() == b.paragraph()) {
            Paragraph p = ps.get(a.paragraph());
            return new Result(replace(ps, a.paragraph(), a.paragraph() + 1, List.of(cut(p, a.offset(), b.offset()))), a);
        }
        Paragraph first = ps.get(a.paragraph()), last = ps.get(b.paragraph());
        Paragraph head = cut(first, a.offset(), first.text().length());
        Paragraph tail = cut(last, 0, b.offset());
        return new Result(replace(ps, a.paragraph(), b.paragraph() + 1, List.of(joined(head, tail))), a);
    }

    /** {@code p} without [a, b). */
    private static Paragraph cut(Paragraph p, int a, int b) {
        if (a == b) return p;
        String t = p.text();
        List<CharRun> runs = new ArrayList<>();
        for (CharRun r : p.runs()) {
            int s = shrink(r.start(), a, b), e = shrink(r.end(), a, b);
            if (e > s) runs.add(new CharRun(s, e, r.style()));
        }
        return new Paragraph(p.style(), t.substring(0, a) + t.substring(b), runs);
    }

    private static int shrink(int i, int a, int b) {
        return i <= a ? i : i >= b ? i - (b - a) : a;
    }

    /** Typing: {@code text} in place of the selection [from, to) (none when they are equal). */
    public static Result typeOver(List<Paragraph> ps, StoryOffset from, StoryOffset to, String text) {
        Result r = delete(ps, from, to);
        return insert(r.paragraphs(), r.caret(), text);
    }

    /** Enter: the selection deleted, then the paragraph split where it was. */
    public static Result breakParagraph(List<Paragraph> ps, StoryOffset from, StoryOffset to) {
        Result r = delete(ps, from, to);
        return split(r.paragraphs(), r.caret());
    }

    /**
     * Backspace: the selection, or with none ({@code from} equals {@code to})
     * the code point before it; at a paragraph's start that is the break, so
     * the paragraph joins the one before.
     */
    public static Result backspace(List<Paragraph> ps, StoryOffset from, StoryOffset to) {
        return delete(ps, from.equals(to) ? previous(ps, from) : from, to);
    }

    /** Delete: the selection, or with none the code point (or paragraph break) after it. */
    public static Result deleteForward(List<Paragraph> ps, StoryOffset from, StoryOffset to) {
        return delete(ps, from, from.equals(to) ? next(ps, to) : to);
    }

    /** The plain text between two places, paragraphs separated by {@code \n}. */
    public static String text(List<Paragraph> ps, StoryOffset from, StoryOffset to) {
        StoryOffset a = StoryOffset.min(from, to), b = StoryOffset.max(from, to);
        if (ps.isEmpty() || a.equals(b)) return "";
        if (a.paragraph() == b.paragraph()) return ps.get(a.paragraph()).text().substring(a.offset(), b.offset());
        StringBuilder sb = new StringBuilder(ps.get(a.paragraph()).text().substring(a.offset()));
        for (int i = a.paragraph() + 1; i < b.paragraph(); i++) sb.append('\n').append(ps.get(i).text());
        return sb.append('\n').append(ps.get(b.paragraph()).text(), 0, b.offset()).toString();
    }

    /** The place after the last character. */
    public static StoryOffset end(List<Paragraph> ps) {
        return ps.isEmpty() ? StoryOffset.START : new StoryOffset(ps.size() - 1, ps.get(ps.size() - 1).text().length());
    }

    /** One code point (or paragraph break) back; the start stays the start. */
    public static StoryOffset previous(List<Paragraph> ps, StoryOffset at) {
        if (at.offset() > 0) {
            String t = ps.get(at.paragraph()).text();
            return new StoryOffset(at.paragraph(), t.offsetByCodePoints(at.offset(), -1));
        }
        return at.paragraph() == 0 ? at : new StoryOffset(at.paragraph() - 1, ps.get(at.paragraph() - 1).text().length());
    }

    /** One code point (or paragraph break) on; the end stays the end. */
    public static StoryOffset next(List<Paragraph> ps, StoryOffset at) {
        if (ps.isEmpty()) return at;
        String t = ps.get(at.paragraph()).text();
        if (at.offset() < t.length()) return new StoryOffset(at.paragraph(), t.offsetByCodePoints(at.offset(), 1));
        return at.paragraph() + 1 >= ps.size() ? at : new StoryOffset(at.paragraph() + 1, 0);
    }

    private static List<Paragraph> replace(List<Paragraph> ps, int from, int to, List<Paragraph> with) {
        List<Paragraph> out = new ArrayList<>(ps.size() - (to - from) + with.size());
        out.addAll(ps.subList(0, from));
        out.addAll(with);
        out.addAll(ps.subList(to, ps.size()));
        return out;
    }
}
