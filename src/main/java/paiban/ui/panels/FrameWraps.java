package paiban.ui.panels;

import java.util.Optional;

import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;

/**
 * A frame with another text wrap. Rules and running headers carry none
 * (text runs past them), so they are not offered one.
 */
final class FrameWraps {
    private FrameWraps() {}

    /** {@code frame} with {@code wrap} (null for none); empty for a kind that cannot have one. */
    static Optional<Frame> with(Frame frame, TextWrap wrap) {
        Frame next = null;
        if (frame instanceof ImageFrame f) next = f.withWrap(wrap);
        else if (frame instanceof AdFrame f) next = f.withWrap(wrap);
        else if (frame instanceof HeadlineFrame f) next = new HeadlineFrame(f.id(), f.bounds(), wrap, f.locked(), f.group(), f.look(), f.writingMode());
        else if (frame instanceof TextFrame f) next = f.withWrap(wrap);
        return Optional.ofNullable(next);
    }

    static boolean canWrap(Frame frame) {
        return with(frame, null).isPresent();
    }
}
