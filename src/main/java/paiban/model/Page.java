package paiban.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paiban.model.frame.Frame;

/**
 * One page of the edition. Its number counts with its position in the
 * edition, so moving a page renumbers it ({@link PageNumbers}); {@code label}
 * is what the paper prints ("A03"), empty when the number is used.
 * Frames are in z-order, back to front.
 *
 * @param number a printed number set by hand (a page 3 without a page 2), from which the
 *               pages after it count on; 0 when the page simply counts on
 */
public record Page(String id, String label, String section, String template, List<Frame> frames, int number) {
    public Page {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("page needs an id");
        if (label == null) label = "";
        if (section == null) section = "";
        if (template == null || template.isBlank()) throw new IllegalArgumentException("page " + id + " needs a template");
        frames = List.copyOf(frames);
        if (number < 0 || number > 9999) throw new IllegalArgumentException("page " + id + ": number must be 1..9999 or absent");
    }

    /** A page that counts on from the page before. */
    public Page(String id, String label, String section, String template, List<Frame> frames) {
        this(id, label, section, template, frames, 0);
    }

    public Page withNumber(int newNumber) {
        return new Page(id, label, section, template, frames, newNumber);
    }

    public Optional<Frame> frame(String frameId) {
        for (Frame f : frames) if (f.id().equals(frameId)) return Optional.of(f);
        return Optional.empty();
    }

    public Page withFrames(List<Frame> newFrames) {
        return new Page(id, label, section, template, newFrames, number);
    }

    public Page withFrame(Frame changed) {
        List<Frame> list = new ArrayList<>(frames);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(changed.id())) {
                list.set(i, changed);
                return withFrames(list);
            }
        }
        list.add(changed);
        return withFrames(list);
    }

    public Page withoutFrame(String frameId) {
        List<Frame> list = new ArrayList<>(frames);
        list.removeIf(f -> f.id().equals(frameId));
        return withFrames(list);
    }

    public Page withLabel(String newLabel) {
        return new Page(id, newLabel, section, template, frames, number);
    }

    public Page withSection(String newSection) {
        return new Page(id, label, newSection, template, frames, number);
    }
}
