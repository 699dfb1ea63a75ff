package paiban.compose.flow;

import java.util.List;
import java.util.Map;
import java.util.Set;

import paiban.layout.FrameInfo;
import paiban.layout.Mark;
import paiban.layout.StoryFit;

/**
 * A flowed story turned into layout values: its marks and frame information
 * by frame (key {@link #key(String, String)}), its copyfit, the pages it
 * touches and what went wrong.
 */
record StoryOutput(StoryFlow flow, Map<String, List<Mark>> marks, Map<String, FrameInfo> frames, StoryFit fit,
                   Set<String> pages, List<String> warnings) {
    static String key(String pageId, String frameId) {
        return pageId + '\u0000' + frameId;
    }
}
