package paiban.model.frame;

import paiban.model.Rect;

/**
 * An advertisement: a placeholder with the advertiser's name, or a placed
 * PDF or image supplied by the ad department.
 *
 * @param placedFile "" while the ad is a placeholder; else a path relative to the edition file
 */
public record AdFrame(String id, Rect bounds, String advertiser, String placedFile, TextWrap wrap,
                      boolean locked, String group) implements Frame {
    public AdFrame {
        advertiser = Frame.nonNull(advertiser);
        placedFile = Frame.nonNull(placedFile);
        group = Frame.nonNull(group);
    }

    public AdFrame(String id, Rect bounds, String advertiser) {
        this(id, bounds, advertiser, "", null, false, "");
    }

    @Override public AdFrame withId(String newId) { return new AdFrame(newId, bounds, advertiser, placedFile, wrap, locked, group); }

    @Override public AdFrame withBounds(Rect b) { return new AdFrame(id, b, advertiser, placedFile, wrap, locked, group); }

    @Override public AdFrame withLocked(boolean l) { return new AdFrame(id, bounds, advertiser, placedFile, wrap, l, group); }

    @Override public AdFrame withGroup(String g) { return new AdFrame(id, bounds, advertiser, placedFile, wrap, locked, g); }

    @Override public String kind() { return "ad"; }
}
