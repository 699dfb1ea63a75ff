package paiban.compose.flow;

import java.util.List;
import java.util.Map;
import java.util.Set;

import paiban.compose.jump.JumpLine;
import paiban.compose.jump.JumpResolver;
import paiban.layout.FrameInfo;
import paiban.layout.Mark;
import paiban.layout.StoryFit;

/**
 * A flowed story turned into layout values: its marks and frame information
 * by frame (key {@link #key(String, String)}), its copyfit, the pages it
 * touches and what went wrong; its jump lines with the words they were given
 * (null where the page they name was missing), so a later composition can
 * tell whether they still read the same.
 */
record StoryOutput(StoryFlow flow, Map<String, List<Mark>> marks, Map<String, FrameInfo> frames, StoryFit fit,
                   Set<String> pages, List<String> warnings, List<JumpLine> jumps, List<String> jumpTexts) {
    /** True when every jump line would get the same words from {@code names} (page id → 第三版 / A3版). */
    boolean jumpsRead(Map<String, String> names) {
        for (int i = 0; i < jumps.size(); i++) {
            JumpLine j = jumps.get(i);
            String name = names.get(j.targetId());
            String text = name == null ? null : JumpResolver.text(j.direction(), name);
            if (!java.util.Objects.equals(text, jumpTexts.get(i))) return false;
        }
        return true;
    }

    static String key(String pageId, String frameId) {
        return pageId + '\u0000' + frameId;
    }
}
