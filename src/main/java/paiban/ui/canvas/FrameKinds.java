package paiban.ui.canvas;

import paiban.layout.FrameKind;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.TextFrame;

/** The layout's kind of a model frame. */
public final class FrameKinds {
    private FrameKinds() {}

    public static FrameKind of(Frame f) {
        if (f instanceof TextFrame) return FrameKind.TEXT;
        if (f instanceof HeadlineFrame) return FrameKind.HEADLINE;
        if (f instanceof ImageFrame) return FrameKind.IMAGE;
        if (f instanceof RuleFrame) return FrameKind.RULE;
        if (f instanceof AdFrame) return FrameKind.AD;
        if (f instanceof HeaderFrame) return FrameKind.HEADER;
        if (f instanceof paiban.model.frame.TableFrame) return FrameKind.TABLE;
        throw new IllegalArgumentException("unknown frame " + f);
    }
}
