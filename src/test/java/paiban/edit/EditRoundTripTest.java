package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;

/**
 * Property: over random sequences of every kind of edit the editor makes
 * (frames, pages, threads, text, styles, settings, several as one step, typing
 * bursts merged), applying all and undoing all gives the original edition
 * back, saved byte for byte as it was; redoing all gives the applied state again.
 */
class EditRoundTripTest {
    private static final int SEQUENCES = 40, STEPS = 36;

    @Test
    void undoAllRestoresTheEditionByteForByteAndRedoAllTheEditedOne() throws Exception {
        Edition original = EditionFile.read(EditionFile.SAMPLE);
        String originalJson = EditionFile.toJson(original);
        int applied = 0;
        boolean[] kinds = new boolean[KINDS];
        for (int seed = 1; seed <= SEQUENCES; seed++) {
            Random r = new Random(seed);
            History h = History.of(original);
            int steps = 0;
            for (int i = 0; i < STEPS; i++) {
                int kind = r.nextInt(KINDS);
                Change c = edit(kind, h.edition(), r);
                if (c == null) continue;
                Edition before = h.edition();
                Change.Applied done = c.apply(before);
                assertTrue(before.equals(done.inverse().apply(done.edition()).edition()),
                        "seed " + seed + ", step " + i + ": the inverse of " + brief(c) + " restores the edition");
                // a burst of typing in one story is one undo step, as StoryTyping makes it
                if (kind == TYPE && r.nextBoolean()) h.applyMerging(c, "burst " + ((SetStoryText) c).storyId());
                else h.apply(c);
                kinds[kind] = true;
                applied++;
                steps++;
            }
            Edition edited = h.edition();
            String editedJson = EditionFile.toJson(edited);
            int depth = h.depth();
            while (h.undo()) { /* all the way back */ }
            assertTrue(original.equals(h.edition()), "seed " + seed + ": undo all");
            assertEquals(originalJson, EditionFile.toJson(h.edition()), "seed " + seed + ": saved after undo all");
            assertEquals(depth, h.redoDepth(), "seed " + seed);
            while (h.redo()) { /* all the way forward */ }
            assertTrue(edited.equals(h.edition()), "seed " + seed + ": redo all");
            assertEquals(editedJson, EditionFile.toJson(h.edition()), "seed " + seed + ": saved after redo all");
            assertTrue(steps == 0 || depth > 0);
        }
        for (int k = 0; k < KINDS; k++) assertTrue(kinds[k], "edit kind " + k + " was made at least once");
        assertTrue(applied > SEQUENCES * STEPS / 2, "most attempts made an edit: " + applied);
    }

    private static final int MOVE_FRAME = 0, ADD_FRAME = 1, DELETE_FRAME = 2, REORDER = 3, LOCK = 4, ADD_PAGE = 5,
            DELETE_PAGE = 6, MOVE_PAGE = 7, RELABEL_PAGE = 8, THREAD = 9, UNTHREAD = 10, TYPE = 11, DELETE_TEXT = 12,
            SPLIT = 13, RESTYLE = 14, STYLE = 15, SETTINGS = 16, NEW_STORY = 17, SEQUENCE = 18, FORMAT = 19,
            CHAR_STYLE = 20, RENAME_CHAR_STYLE = 21, DELETE_CHAR_STYLE = 22, KINDS = 23;

    /** One edit of kind {@code kind} that applies to {@code e}, or null when {@code e} offers nothing for it. */
    private static Change edit(int kind, Edition e, Random r) {
        Page page = e.pages().get(r.nextInt(e.pages().size()));
        List<Frame> frames = page.frames();
        Frame frame = frames.isEmpty() ? null : frames.get(r.nextInt(frames.size()));
        List<Story> stories = e.stories();
        Story story = stories.isEmpty() ? null : stories.get(r.nextInt(stories.size()));
        int pitch = e.templateOf(page).pitch();
        switch (kind) {
            case MOVE_FRAME:
                return frame == null ? null
                        : new MoveFrame(page.id(), frame.id(), frame.bounds().moved((r.nextInt(5) - 2) * pitch, (r.nextInt(5) - 2) * pitch));
            case ADD_FRAME:
                return new AddFrame(page.id(), new TextFrame(freshFrame(e, page), new Rect(pitch * r.nextInt(10),
                        pitch * r.nextInt(20), pitch * (4 + r.nextInt(10)), pitch * (4 + r.nextInt(10))), 1 + r.nextInt(3), pitch));
            case DELETE_FRAME:
                return frame == null ? null : new DeleteFrame(page.id(), frame.id());
            case REORDER:
                return frame == null ? null : new ReorderFrame(page.id(), frame.id(), r.nextInt(frames.size()));
            case LOCK:
                if (!(frame instanceof TextFrame t)) return null;
                return new ReplaceFrame(page.id(), new TextFrame(t.id(), t.bounds(), t.columns(), t.gap(), t.inset(),
                        t.verticalAlign(), t.wrap(), !t.locked(), t.group(), t.look()));
            case ADD_PAGE:
                return new AddPage(r.nextInt(e.pages().size() + 1), new Page(freshPage(e), "", page.section(), page.template(), List.of()));
            case DELETE_PAGE:
                return e.pages().size() < 2 ? null : new AddPage.DeletePage(page.id());
            case MOVE_PAGE:
                return new MovePage(r.nextInt(e.pages().size()), r.nextInt(e.pages().size()));
            case RELABEL_PAGE:
                return new ReplacePage(page.withLabel("版" + r.nextInt(100)).withNumber(r.nextInt(3)));
            case THREAD: {
                if (story == null || !(frame instanceof TextFrame) || e.storyOfFrame(frame.id()).isPresent()) return null;
                List<FrameRef> chain = new ArrayList<>(story.chain());
                chain.add(r.nextInt(chain.size() + 1), new FrameRef(page.id(), frame.id()));
                return new ReplaceStory(story.withChain(chain));
            }
            case UNTHREAD: {
                if (story == null || story.chain().isEmpty()) return null;
                List<FrameRef> chain = new ArrayList<>(story.chain());
                chain.remove(r.nextInt(chain.size()));
                return new ReplaceStory(story.withChain(chain));
            }
            case TYPE: {
                if (story == null) return null;
                StoryOffset at = somewhere(story, r);
                return new SetStoryText(story.id(), TextEdits.insert(story.paragraphs(), at, "新闻排版".substring(r.nextInt(4))).paragraphs());
            }
            case DELETE_TEXT: {
                if (story == null) return null;
                StoryOffset a = somewhere(story, r), b = somewhere(story, r);
                boolean ordered = a.paragraph() < b.paragraph() || (a.paragraph() == b.paragraph() && a.offset() <= b.offset());
                return new SetStoryText(story.id(), TextEdits.delete(story.paragraphs(), ordered ? a : b, ordered ? b : a).paragraphs());
            }
            case SPLIT:
                return story == null ? null : new SetStoryText(story.id(), TextEdits.split(story.paragraphs(), somewhere(story, r)).paragraphs());
            case RESTYLE: {
                if (story == null || story.paragraphs().isEmpty()) return null;
                List<ParagraphStyle> styles = e.styles().paragraphStyles();
                int from = r.nextInt(story.paragraphs().size()), to = from + r.nextInt(story.paragraphs().size() - from);
                return new RestyleParagraphs(story.id(), from, to, styles.get(r.nextInt(styles.size())).name());
            }
            case STYLE: {
                List<ParagraphStyle> styles = e.styles().paragraphStyles();
                ParagraphStyle s = styles.get(r.nextInt(styles.size()));
                return new ReplaceParagraphStyle(s.withSize(Math.max(1000, s.size() + (r.nextInt(5) - 2) * 500)));
            }
            case SETTINGS: {
                EditionSettings s = e.settings() == null ? EditionSettings.defaults() : e.settings();
                return new ReplaceSettings(s.withNumbering(1 + r.nextInt(9), r.nextBoolean()));
            }
            case NEW_STORY: {
                if (!(frame instanceof TextFrame) || e.storyOfFrame(frame.id()).isPresent()) return null;
                return new AddStory(new Story(Stories.freshId(e, "story"), "", List.of(new Paragraph("正文", "新稿")),
                        List.of(new FrameRef(page.id(), frame.id()))));
            }
            case SEQUENCE: {
                // placing: a new frame and a story threaded through it, as one step
                String id = freshFrame(e, page);
                TextFrame t = new TextFrame(id, new Rect(0, 0, pitch * 8, pitch * 8), 1, pitch);
                Story s = new Story(Stories.freshId(e, "story"), "", List.of(new Paragraph("正文", "置入")), List.of(new FrameRef(page.id(), id)));
                return new ChangeSequence("change.placeText", List.of(new AddFrame(page.id(), t), new AddStory(s)));
            }
            case FORMAT: {
                // a character style (or none) over a stretch of a story, as the picker, Ctrl+B or a colour lays it
                if (story == null || story.paragraphs().isEmpty()) return null;
                StoryOffset a = somewhere(story, r), b = somewhere(story, r);
                boolean ordered = a.paragraph() < b.paragraph() || (a.paragraph() == b.paragraph() && a.offset() <= b.offset());
                StoryOffset from = ordered ? a : b, to = ordered ? b : a;
                List<CharStyle> chars = e.styles().charStyles();
                int pick = r.nextInt(chars.size() + 2);
                CharStyle made = pick == chars.size() + 1 ? DefaultStyles.colourStyle(new Cmyk(r.nextInt(101), 100, 0, 0)) : null;
                String style = made != null ? made.name() : pick < chars.size() ? chars.get(pick).name() : null;
                if (made != null && e.styles().charStyle(made.name()).isPresent()) made = null;
                return new FormatText(story.id(), from.paragraph(), from.offset(), to.paragraph(), to.offset(), style, made);
            }
            case CHAR_STYLE: {
                // the style panel: a character style made, or one of its values changed (a whole sheet in place)
                List<CharStyle> chars = new ArrayList<>(e.styles().charStyles());
                if (chars.isEmpty() || r.nextInt(3) == 0) {
                    String name = "字符" + r.nextInt(1000);
                    if (e.styles().charStyle(name).isPresent()) return null;
                    chars.add(r.nextInt(chars.size() + 1), new CharStyle(name, FontFamily.BIAOSONG, null, Cmyk.RED, 10_500, null, null, null));
                } else {
                    int i = r.nextInt(chars.size());
                    CharStyle c = chars.get(i);
                    chars.set(i, switch (r.nextInt(4)) {
                        case 0 -> c.withSize(c.size() == null ? 16_000 : null);
                        case 1 -> c.withScale(c.horizontalScale() == null ? 80 : null, null);
                        case 2 -> c.withTracking(c.tracking() == null ? 50 : null).withEmphasisDots(!c.emphasisDots());
                        default -> c.withFamily(c.family() == FontFamily.XIAOBIAOSONG ? null : FontFamily.XIAOBIAOSONG);
                    });
                }
                return new ReplaceStyleSheet(e.styles().withCharStyles(chars), "change.charStyle");
            }
            case RENAME_CHAR_STYLE: {
                List<CharStyle> chars = e.styles().charStyles();
                if (chars.isEmpty()) return null;
                String to = "改名" + r.nextInt(1000);
                if (e.styles().charStyle(to).isPresent()) return null;
                return new RenameCharStyle(chars.get(r.nextInt(chars.size())).name(), to);
            }
            case DELETE_CHAR_STYLE: {
                List<CharStyle> chars = e.styles().charStyles();
                if (chars.isEmpty()) return null;
                String gone = chars.get(r.nextInt(chars.size())).name();
                String moveTo = chars.size() > 1 && r.nextBoolean()
                        ? chars.stream().map(CharStyle::name).filter(n -> !n.equals(gone)).findFirst().orElseThrow() : null;
                return new DeleteCharStyle(gone, moveTo);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    private static String brief(Change c) {
        String s = c.toString();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static StoryOffset somewhere(Story s, Random r) {
        if (s.paragraphs().isEmpty()) return new StoryOffset(0, 0);
        int p = r.nextInt(s.paragraphs().size());
        return new StoryOffset(p, r.nextInt(s.paragraphs().get(p).text().length() + 1));
    }

    private static String freshFrame(Edition e, Page page) {
        int n = page.frames().size() + 1;
        while (page.frame("n" + n).isPresent()) n++;
        return "n" + n;
    }

    private static String freshPage(Edition e) {
        int n = e.pages().size() + 1;
        while (e.page("p" + n).isPresent()) n++;
        return "p" + n;
    }
}
