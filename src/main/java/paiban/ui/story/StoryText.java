package paiban.ui.story;

import java.util.ArrayList;
import java.util.List;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * A story as plain text, one line per paragraph, and back. Paragraphs the
 * edit did not touch keep their style and character runs; new ones take the
 * style of the paragraph they were split from.
 */
public final class StoryText {
    private StoryText() {}

    public static String of(Story story) {
        return story.text();
    }

    public static Story withText(Story story, String text) {
        List<Paragraph> old = story.paragraphs();
        String[] lines = text.split("\n", -1);
        int n = lines.length;
        // the untouched paragraphs at the start and at the end, matched by their text
        int head = 0;
        while (head < n && head < old.size() && old.get(head).text().equals(lines[head])) head++;
        int tail = 0;
        while (tail < n - head && tail < old.size() - head
                && old.get(old.size() - 1 - tail).text().equals(lines[n - 1 - tail])) tail++;
        List<Paragraph> out = new ArrayList<>(old.subList(0, head));
        int changedOld = old.size() - head - tail;
        for (int i = head; i < n - tail; i++) {
            int k = i - head;
            Paragraph template;
            if (k < changedOld) template = old.get(head + k);
            else if (changedOld > 0) template = old.get(head + changedOld - 1);
            else if (head > 0) template = old.get(head - 1);
            else if (!old.isEmpty()) template = old.get(0);
            else template = new Paragraph("正文", "");
            // a paragraph whose text changed keeps its style; runs are kept where they still fit
            out.add(k < changedOld ? template.withText(lines[i]) : new Paragraph(template.style(), lines[i]));
        }
        out.addAll(old.subList(old.size() - tail, old.size()));
        return story.withParagraphs(out);
    }

    /** The index of the paragraph holding UTF-16 offset {@code offset} of {@link #of(Story)}. */
    public static int paragraphAt(Story story, int offset) {
        int start = 0;
        List<Paragraph> ps = story.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            int end = start + ps.get(i).text().length();
            if (offset <= end) return i;
            start = end + 1;
        }
        return Math.max(0, ps.size() - 1);
    }
}
