package paiban.preflight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import paiban.model.Page;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/** Story chains must link existing text frames, each frame in at most one chain, once. */
final class ThreadCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        Map<String, String> owner = new HashMap<>(); // pageId|frameId → story id
        for (Story s : ctx.edition.stories()) {
            for (int i = 0; i < s.chain().size(); i++) {
                FrameRef ref = s.chain().get(i);
                int link = i + 1;
                Optional<Page> page = ctx.edition.page(ref.pageId());
                if (page.isEmpty()) {
                    out.add(ctx.finding(Severity.ERROR, "broken-thread", "broken-thread.page", "", ref.frameId(), s.id(),
                            link, ref.pageId()));
                    continue;
                }
                Optional<Frame> frame = page.get().frame(ref.frameId());
                if (frame.isEmpty()) {
                    out.add(ctx.finding(Severity.ERROR, "broken-thread", "broken-thread.frame", ref.pageId(), ref.frameId(),
                            s.id(), link));
                    continue;
                }
                if (!(frame.get() instanceof TextFrame) && !(frame.get() instanceof HeadlineFrame)) {
                    out.add(ctx.finding(Severity.ERROR, "broken-thread", "broken-thread.kind", ref.pageId(), ref.frameId(),
                            s.id(), link, Wording.of("frame." + frame.get().kind())));
                    continue;
                }
                String key = ref.pageId() + "|" + ref.frameId();
                String before = owner.putIfAbsent(key, s.id());
                if (before != null) {
                    out.add(before.equals(s.id())
                            ? ctx.finding(Severity.ERROR, "frame-in-two-chains", "frame-in-two-chains.same",
                                    ref.pageId(), ref.frameId(), s.id())
                            : ctx.finding(Severity.ERROR, "frame-in-two-chains", "frame-in-two-chains",
                                    ref.pageId(), ref.frameId(), s.id(), ctx.storyName(before)));
                }
            }
        }
    }
}
