package paiban.preflight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;

/**
 * A text frame whose inset leaves text columns that are not a whole number of
 * 字 of the body size: every justified line in it is letter-spaced by the
 * fraction. A warning naming the frame and the width in 字 ("12.67 字"), so
 * the inset can be set right. Frames without an inset or side border are left alone: a
 * 破栏 frame (five grid columns set in three, 22⅓ 字) is the designer's choice.
 */
final class ColumnWidthCheck implements Check {
    /** Widths within a hundredth of a 字 of a whole number are whole (millipoint rounding). */
    static final double TOLERANCE = 0.01;

    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (Page page : ctx.edition.pages()) {
            PageTemplate t = ctx.edition.templateOf(page);
            for (Frame f : page.frames()) {
                if (!(f instanceof TextFrame tf) || tf.textArea().width() == tf.bounds().width() || tf.columnWidth() <= 0) continue;
                double chars = (double) tf.columnWidth() / t.bodySize();
                if (Math.abs(chars - Math.rint(chars)) <= TOLERANCE) continue;
                String story = ctx.edition.storyOfFrame(f.id()).map(s -> s.id()).orElse("");
                out.add(ctx.finding(Severity.WARNING, "column-width", "column-width", page.id(), f.id(), story,
                        Wording.of("frame." + f.kind()), f.id(), chars(chars)));
            }
        }
    }

    /** "12.67": two decimals, trailing zeros dropped. */
    static String chars(double chars) {
        return BigDecimal.valueOf(chars).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
