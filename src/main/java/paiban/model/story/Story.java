package paiban.model.story;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A story: paragraphs and the ordered chain of frames they flow through,
 * possibly on several pages.
 *
 * @param title                 the desk's name for the story, also the default 转版标题
 * @param continuationHeadline  set a 转版标题 at the top of each continuation on another page
 * @param balanceLastFrame      balance the columns of the last frame
 */
public record Story(String id, String title, List<Paragraph> paragraphs, List<FrameRef> chain,
                    boolean continuationHeadline, boolean balanceLastFrame) {
    public Story {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("story needs an id");
        if (title == null) title = "";
        paragraphs = List.copyOf(paragraphs);
        chain = List.copyOf(chain);
    }

    public Story(String id, String title, List<Paragraph> paragraphs, List<FrameRef> chain) {
        this(id, title, paragraphs, chain, false, false);
    }

    public Story withParagraphs(List<Paragraph> ps) {
        return new Story(id, title, ps, chain, continuationHeadline, balanceLastFrame);
    }

    public Story withParagraph(int index, Paragraph p) {
        List<Paragraph> ps = new ArrayList<>(paragraphs);
        ps.set(index, p);
        return withParagraphs(ps);
    }

    public Story withChain(List<FrameRef> newChain) {
        return new Story(id, title, paragraphs, newChain, continuationHeadline, balanceLastFrame);
    }

    public Story withTitle(String t) {
        return new Story(id, t, paragraphs, chain, continuationHeadline, balanceLastFrame);
    }

    public Story withContinuationHeadline(boolean on) {
        return new Story(id, title, paragraphs, chain, on, balanceLastFrame);
    }

    public Story withBalanceLastFrame(boolean on) {
        return new Story(id, title, paragraphs, chain, continuationHeadline, on);
    }

    /** The story's text, paragraphs separated by newlines. */
    public String text() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    /** Characters in the story, counted as code points without line ends. */
    public int characterCount() {
        int n = 0;
        for (Paragraph p : paragraphs) n += p.text().codePointCount(0, p.text().length());
        return n;
    }

    public boolean threads(String frameId) {
        for (FrameRef r : chain) if (r.frameId().equals(frameId)) return true;
        return false;
    }
}
