package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.compose.text.CharClass;
import paiban.compose.text.Prohibitions;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.story.Story;
import paiban.model.style.Alignment;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;

/**
 * A proofreader's pass over the composed sample edition: every line is
 * checked mechanically against the rules a 美编 checks by eye (避头尾, split
 * words and numbers, 孤字, justified measure, lines on the grid, text inside
 * its frame and clear of other frames and rules, jump lines).
 */
class SampleProofTest {
    static final Path DIR = Path.of("assets", "sample");
    static Edition sample;
    static EditionLayout layout;

    @BeforeAll
    static void compose() throws Exception {
        sample = EditionFile.read(DIR.resolve("edition.json"));
        layout = new EditionComposer(FontLibrary.shared()).compose(sample, DIR);
    }

    @Test
    void noLineBreaksARuleOfChineseComposition() {
        assertEquals(List.of(), Proof.of(sample, layout).composition());
    }

    @Test
    void everyLineSitsOnTheGridInsideItsFrameAndClearOfOthers() {
        assertEquals(List.of(), Proof.of(sample, layout).placement());
    }

    @Test
    void jumpLinesNameEachOtherAndCloseAndOpenTheirParts() {
        assertEquals(List.of(), Proof.of(sample, layout).jumps());
    }

    @Test
    void noStoryEndsWithALineOrTwoAloneAtTheTopOfAColumn() {
        assertEquals(List.of(), Proof.of(sample, layout).strandedTails());
    }

    @Test
    void noHeadlineLeavesAWordAloneOnItsLastLine() {
        assertEquals(List.of(), Proof.of(sample, layout).headlineWidows());
    }

    @Test
    void noRuleRunsAlongsideABoxEdge() {
        assertEquals(List.of(), Proof.of(sample, layout).doubledRules());
    }

    /** The checks, over any edition and its layout. */
    static final class Proof {
        final Edition edition;
        final EditionLayout layout;

        private Proof(Edition edition, EditionLayout layout) {
            this.edition = edition;
            this.layout = layout;
        }

        static Proof of(Edition e, EditionLayout l) {
            return new Proof(e, l);
        }

        ParagraphStyle styleOf(LineBox l) {
            Story s = edition.story(l.storyId()).orElseThrow();
            return edition.styles().paragraph(s.paragraphs().get(l.paragraph()).style());
        }

        List<List<LineBox>> paragraphs() {
            List<List<LineBox>> out = new ArrayList<>();
            for (Story s : edition.stories()) {
                List<LineBox> all = LayoutText.storyLines(layout, s.id());
                all.sort(java.util.Comparator.comparingInt(LineBox::paragraph).thenComparingInt(LineBox::start));
                List<LineBox> cur = new ArrayList<>();
                for (LineBox l : all) {
                    if (!cur.isEmpty() && cur.get(0).paragraph() != l.paragraph()) {
                        out.add(cur);
                        cur = new ArrayList<>();
                    }
                    cur.add(l);
                }
                if (!cur.isEmpty()) out.add(cur);
            }
            return out;
        }

        List<String> composition() {
            List<String> bad = new ArrayList<>();
            for (List<LineBox> para : paragraphs()) {
                ParagraphStyle style = styleOf(para.get(0));
                ProhibitionLevel level = style.prohibition();
                String full = edition.story(para.get(0).storyId()).orElseThrow().paragraphs()
                        .get(para.get(0).paragraph()).text();
                for (int i = 0; i < para.size(); i++) {
                    LineBox l = para.get(i);
                    String t = l.text();
                    String where = l.storyId() + " ¶" + l.paragraph() + " line " + i + " 「" + t + "」";
                    if (t.isEmpty()) { bad.add(where + ": empty"); continue; }
                    int first = t.codePointAt(0), last = t.codePointBefore(t.length());
                    boolean lastLine = i == para.size() - 1;
                    if (i > 0 && Prohibitions.notAtStart(level, CharClass.of(first)))
                        bad.add(where + ": starts with " + new String(Character.toChars(first)));
                    if (!lastLine && Prohibitions.notAtEnd(level, CharClass.of(last)))
                        bad.add(where + ": ends with " + new String(Character.toChars(last)));
                    if (!lastLine && l.end() < full.length()) {
                        int before = full.codePointBefore(l.end()), after = full.codePointAt(l.end());
                        byte b = CharClass.of(before), a = CharClass.of(after);
                        if (CharClass.isAlnum(b) && CharClass.isAlnum(a)) bad.add(where + ": splits a word or number");
                        if ((b == CharClass.DASH && a == CharClass.DASH) || (b == CharClass.ELLIPSIS && a == CharClass.ELLIPSIS))
                            bad.add(where + ": splits —— or ……");
                        if (l.end() >= 2 && (before == '.' || before == ',') && CharClass.of(full.codePointBefore(l.end() - 1)) == CharClass.DIGIT
                                && a == CharClass.DIGIT) bad.add(where + ": splits a decimal");
                    }
                    if (lastLine && para.size() > 1 && t.codePointCount(0, t.length()) < 2)
                        bad.add(where + ": lone character on the last line");
                    int end = contentEnd(l);
                    if (!lastLine && style.alignment() == Alignment.JUSTIFY && Math.abs(end - l.width()) > 10)
                        bad.add(where + ": justified line is " + end + " of " + l.width());
                    if (end > l.width() + 10) bad.add(where + ": wider than the measure, " + end + " of " + l.width());
                }
            }
            return bad;
        }

        /**
         * Every 下转 names the page of the story's next part, which opens with a 上接 naming
         * the page it came from; 下转 is the lowest line of its column, 上接 the highest of its own.
         */
        List<String> jumps() {
            List<String> bad = new ArrayList<>();
            for (Story s : edition.stories()) {
                List<String> pagesOfStory = new ArrayList<>();
                for (PageLayout pl : layout.pages())
                    for (LineBox l : pl.lines())
                        if (l.storyId().equals(s.id()) && !pagesOfStory.contains(pl.pageId())) pagesOfStory.add(pl.pageId());
                for (int i = 0; i < pagesOfStory.size(); i++) {
                    PageLayout pl = layout.page(pagesOfStory.get(i)).orElseThrow();
                    List<LineBox> mine = pl.lines().stream().filter(l -> l.storyId().equals(s.id())).toList();
                    List<LineBox> out = mine.stream().filter(l -> l.text().startsWith("（下转")).toList();
                    List<LineBox> in = mine.stream().filter(l -> l.text().startsWith("（上接")).toList();
                    boolean hasNext = i + 1 < pagesOfStory.size();
                    String where = s.id() + " on " + pl.name();
                    if (hasNext) {
                        String next = layout.page(pagesOfStory.get(i + 1)).orElseThrow().name();
                        if (out.size() != 1 || !out.get(0).text().equals("（下转" + next + "）"))
                            bad.add(where + ": expected （下转" + next + "）, found " + out.stream().map(LineBox::text).toList());
                        else if (mine.stream().anyMatch(l -> l.x() == out.get(0).x() && l.baseline() > out.get(0).baseline()))
                            bad.add(where + ": text below the 下转 line");
                    } else if (!out.isEmpty()) bad.add(where + ": 下转 on the story's last page");
                    if (i > 0) {
                        String prev = layout.page(pagesOfStory.get(i - 1)).orElseThrow().name();
                        if (in.size() != 1 || !in.get(0).text().equals("（上接" + prev + "）"))
                            bad.add(where + ": expected （上接" + prev + "）, found " + in.stream().map(LineBox::text).toList());
                        else if (mine.stream().anyMatch(l -> !l.generated() && l.x() == in.get(0).x()
                                && l.baseline() < in.get(0).baseline()))
                            bad.add(where + ": text above the 上接 line");
                    } else if (!in.isEmpty()) bad.add(where + ": 上接 on the story's first page");
                }
            }
            return bad;
        }

        /** A centred headline of several lines whose last line is under a third of its longest (「5.6%」 alone). */
        List<String> headlineWidows() {
            List<String> bad = new ArrayList<>();
            for (List<LineBox> para : paragraphs()) {
                ParagraphStyle style = styleOf(para.get(0));
                if (para.size() < 2 || style.alignment() != Alignment.CENTER || style.linesPerLine() < 2) continue;
                int longest = 0;
                for (LineBox l : para) longest = Math.max(longest, inkWidth(l));
                LineBox last = para.get(para.size() - 1);
                if (inkWidth(last) * 3 < longest)
                    bad.add(last.storyId() + " 「" + para.stream().map(LineBox::text).toList() + "」: last line too short");
            }
            return bad;
        }

        static int inkWidth(LineBox l) {
            int left = Integer.MAX_VALUE;
            for (GlyphRun r : l.runs()) if (r.length() > 0) left = Math.min(left, r.xs()[0]);
            return left == Integer.MAX_VALUE ? 0 : contentEnd(l) - left;
        }

        /** A rule closer than one body character to a box edge it runs along: the page shows a double line. */
        List<String> doubledRules() {
            List<String> bad = new ArrayList<>();
            for (PageLayout pl : layout.pages()) {
                int body = edition.templateOf(edition.page(pl.pageId()).orElseThrow()).bodySize();
                for (Mark m : pl.marks()) {
                    if (!(m instanceof RuleMark r)) continue;
                    for (Mark n : pl.marks()) {
                        if (!(n instanceof BoxMark b) || b.stroke() == null) continue;
                        Rect box = b.rect();
                        if (r.x1() == r.x2()) { // vertical rule beside the box's left or right edge
                            int top = Math.max(Math.min(r.y1(), r.y2()), box.y()), bottom = Math.min(Math.max(r.y1(), r.y2()), box.bottom());
                            boolean near = Math.abs(r.x1() - box.x()) < body || Math.abs(r.x1() - box.right()) < body;
                            if (near && bottom - top > body) bad.add(pl.pageId() + ": vertical rule at x " + r.x1() + " along box " + box);
                        } else if (r.y1() == r.y2()) {
                            int left = Math.max(Math.min(r.x1(), r.x2()), box.x()), right = Math.min(Math.max(r.x1(), r.x2()), box.right());
                            boolean near = Math.abs(r.y1() - box.y()) < body || Math.abs(r.y1() - box.bottom()) < body;
                            if (near && right - left > body) bad.add(pl.pageId() + ": horizontal rule at y " + r.y1() + " along box " + box);
                        }
                    }
                }
            }
            return bad;
        }

        /** A story's last text column holding one or two lines while the column before it is full (吊行). */
        List<String> strandedTails() {
            List<String> bad = new ArrayList<>();
            for (PageLayout pl : layout.pages()) {
                for (FrameInfo f : pl.frames()) {
                    if (f.kind() != FrameKind.TEXT || f.storyId().isEmpty() || f.columns().size() < 2) continue;
                    int[] count = new int[f.columns().size()];
                    for (LineBox l : pl.lines()) {
                        if (!l.storyId().equals(f.storyId())) continue;
                        for (int c = 0; c < count.length; c++) {
                            Rect col = f.columns().get(c);
                            if (l.x() >= col.x() && l.x() < col.right() && l.baseline() > col.y() && l.baseline() < col.bottom()) count[c]++;
                        }
                    }
                    int last = count.length - 1;
                    while (last > 0 && count[last] == 0) last--;
                    if (last > 0 && count[last] <= 2 && count[last - 1] > 4)
                        bad.add(pl.pageId() + " " + f.frameId() + ": " + count[last] + " line(s) alone in column " + (last + 1));
                }
            }
            return bad;
        }

        static boolean onGrid(PageTemplate t, int baseline, int span, int size) {
            int g = Math.floorDiv(baseline - t.marginTop(), t.pitch());
            for (int i = g - span - 1; i <= g + 1; i++) if (Baseline.of(t, i, span, size) == baseline) return true;
            return false;
        }

        static int contentEnd(LineBox l) {
            int e = 0;
            for (GlyphRun r : l.runs()) e = Math.max(e, r.end());
            return e;
        }

        List<String> placement() {
            List<String> bad = new ArrayList<>();
            for (PageLayout pl : layout.pages()) {
                Page page = edition.page(pl.pageId()).orElseThrow();
                PageTemplate t = edition.templateOf(page);
                for (LineBox l : pl.lines()) {
                    if (l.storyId().isEmpty()) continue; // header furniture
                    int size = l.runs().isEmpty() ? t.bodySize() : l.runs().get(0).size();
                    int top = Baseline.emTop(l.baseline(), size);
                    int left = Integer.MAX_VALUE;
                    for (GlyphRun r : l.runs()) if (r.length() > 0) left = Math.min(left, r.xs()[0]);
                    if (left == Integer.MAX_VALUE) left = 0;
                    // an opening bracket at line start is set half width: its blank half hangs before the line
                    if (!l.text().isEmpty() && CharClass.of(l.text().codePointAt(0)) == CharClass.OPEN) left += size / 2;
                    Rect ink = new Rect(l.x() + left, top, Math.max(1, contentEnd(l) - left), size);
                    // type larger than its band may reach into the leading around it, never further
                    int leading = (t.pitch() - t.bodySize()) / 2;
                    Rect band = new Rect(ink.x(), ink.y() + leading, ink.width(), Math.max(1, ink.height() - 2 * leading));
                    if (l.vertical()) { // a column (竖排): one em about its axis, down from its top
                        ink = new Rect(l.baseline() - size / 2, l.x() + left, size, Math.max(1, contentEnd(l) - left));
                        band = ink;
                    }
                    String where = pl.pageId() + " " + l.storyId() + " 「" + l.text() + "」";
                    FrameInfo home = null;
                    for (FrameInfo f : pl.frames()) {
                        if (!f.storyId().equals(l.storyId())) continue;
                        if (f.kind() == FrameKind.TEXT) {
                            for (Rect c : f.columns()) if (c.contains(band)) home = f;
                            if (l.generated() && f.bounds().contains(band)) home = f;
                        } else if (f.bounds().contains(band)) home = f;
                    }
                    if (home == null) { bad.add(where + ": outside its frames, ink " + ink); continue; }
                    if (home.kind() == FrameKind.TEXT && !l.generated() && !onGrid(t, l.baseline(), styleOf(l).linesPerLine(), size))
                        bad.add(where + ": off the grid");
                    for (Frame f : page.frames()) {
                        if (f.id().equals(home.frameId()) || f instanceof HeaderFrame) continue;
                        if (f instanceof RuleFrame) continue; // rules and boxes are checked as marks below
                        Rect avoid = f.wrap() != null ? f.bounds().grow(f.wrap().offset()) : f.bounds();
                        if (avoid.intersects(band) && f.wrap() != null)
                            bad.add(where + ": inside the wrap of " + f.id());
                        else if (f.bounds().intersects(band))
                            bad.add(where + ": overlaps frame " + f.id());
                    }
                    for (Mark m : pl.marks()) {
                        if (m instanceof RuleMark r) {
                            Rect stroke = new Rect(Math.min(r.x1(), r.x2()) - r.weight() / 2,
                                    Math.min(r.y1(), r.y2()) - r.weight() / 2,
                                    Math.abs(r.x2() - r.x1()) + r.weight(), Math.abs(r.y2() - r.y1()) + r.weight());
                            if (stroke.intersects(ink)) bad.add(where + ": crossed by a rule at " + stroke);
                        } else if (m instanceof BoxMark b && b.stroke() != null) {
                            Rect r = b.rect();
                            int w = Math.max(b.weight(), 1);
                            for (Rect edge : List.of(new Rect(r.x() - w / 2, r.y() - w / 2, r.width() + w, w),
                                    new Rect(r.x() - w / 2, r.bottom() - w / 2, r.width() + w, w),
                                    new Rect(r.x() - w / 2, r.y() - w / 2, w, r.height() + w),
                                    new Rect(r.right() - w / 2, r.y() - w / 2, w, r.height() + w)))
                                if (edge.intersects(ink)) bad.add(where + ": touches a box edge " + r);
                        }
                    }
                }
            }
            return bad;
        }
    }
}
