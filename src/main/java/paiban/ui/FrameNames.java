package paiban.ui;

import java.util.Locale;
import java.util.Optional;

import paiban.model.Edition;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.ui.canvas.FrameKinds;

/**
 * A frame as hints and reports name it: its kind before its id (正文框 text-1),
 * because ids made by drawing (text-1, text-2) say nothing to the desk on their own.
 */
public final class FrameNames {
    private FrameNames() {}

    public static String of(Frame frame) {
        return Messages.get("frame.named",
                Messages.get("kind." + FrameKinds.of(frame).name().toLowerCase(Locale.ROOT)), frame.id());
    }

    /** The frame's name, or its bare id when the edition has no such frame. */
    public static String of(Edition edition, FrameRef ref) {
        Optional<Frame> f = edition.frame(ref);
        return f.map(FrameNames::of).orElse(ref.frameId());
    }
}
