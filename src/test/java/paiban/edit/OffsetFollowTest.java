package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.model.story.Paragraph;

class OffsetFollowTest {
    /** Paragraphs from a text with | between them. */
    private static List<Paragraph> story(String text) {
        return Arrays.stream(text.split("\\|", -1)).map(t -> new Paragraph("正文", t)).toList();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}:{3} goes to {4}:{5}")
    @CsvSource(delimiter = ';', value = {
            // an insertion undone: the caret after it goes back to where it began
            "滨江心测AB12慢行;  滨江心慢行;   0; 8; 0; 3",
            // redone: from where it began to after the text typed
            "滨江心慢行;        滨江心测AB慢行; 0; 3; 0; 6",
            // before the change: stays; after it: shifts by its length
            "甲乙丙丁;          甲乙新丙丁;    0; 1; 0; 1",
            "甲乙丙丁;          甲乙新丙丁;    0; 4; 0; 5",
            // across paragraphs: a join undone, a later paragraph's place follows
            "甲乙丙|丁戊;       甲乙丙丁戊;    1; 1; 0; 4",
            "甲乙丙丁戊;        甲乙|丙丁戊;   0; 4; 1; 2",
            // a deletion undone: the caret where the text was deleted goes after the text restored
            "甲戊;             甲乙丙丁戊;     0; 1; 0; 4",
            // inside a replaced stretch: to the end of the new text
            "一二三四五;        一六五;        0; 2; 0; 2"})
    void aPlaceFollowsTheChange(String before, String after, int p, int o, int p2, int o2) {
        assertEquals(new StoryOffset(p2, o2),
                new OffsetFollow(story(before.strip()), story(after.strip())).follow(new StoryOffset(p, o)));
    }

    @ParameterizedTest(name = "unchanged {0}: {1}:{2}")
    @CsvSource({"甲乙|丙丁, 0, 1", "甲乙|丙丁, 1, 2", "'', 0, 0"})
    void anUnchangedTextKeepsEveryPlace(String text, int p, int o) {
        assertEquals(new StoryOffset(p, o), new OffsetFollow(story(text), story(text)).follow(new StoryOffset(p, o)));
    }
}
