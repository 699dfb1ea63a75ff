package paiban.model.frame;

import paiban.model.Rect;

/**
 * An advertisement: a placeholder with the advertiser's name, or a placed
 * PDF or image supplied by the ad department.
 *
 * @param placedFile "" while the ad is a placeholder; else a path relative to the edition file
 * @param placedPage the page of a placed PDF to show, from 1 (ignored for images)
 * @param look       fill under the ad and border over its edge
 */
public record AdFrame(String id, Rect bounds, String advertiser, String placedFile, int placedPage, TextWrap wrap,
                      boolean locked, String group, FrameLook look) implements Frame {
    public AdFrame {
        advertiser = Frame.nonNull(advertiser);
        placedFile = Frame.nonNull(placedFile);
        group = Frame.nonNull(group);
        if (placedPage < 1) throw new IllegalArgumentException("the placed page must be 1 or more, not " + placedPage);
        if (look == null) look = FrameLook.NONE;
    }

    public AdFrame(String id, Rect bounds, String advertiser, String placedFile, int placedPage, TextWrap wrap,
                   boolean locked, String group) {
        this(id, bounds, advertiser, placedFile, placedPage, wrap, locked, group, FrameLook.NONE);
    }

    /** An ad showing the first page of its placed file. */
    public AdFrame(String id, Rect bounds, String advertiser, String placedFile, TextWrap wrap, boolean locked, String group) {
        this(id, bounds, advertiser, placedFile, 1, wrap, locked, group);
    }

    public AdFrame(String id, Rect bounds, String advertiser) {
        this(id, bounds, advertiser, "", 1, null, false, "");
    }

    @Override public AdFrame withId(String newId) { return new AdFrame(newId, bounds, advertiser, placedFile, placedPage, wrap, locked, group, look); }

    @Override public AdFrame withBounds(Rect b) { return new AdFrame(id, b, advertiser, placedFile, placedPage, wrap, locked, group, look); }

    @Override public AdFrame withLocked(boolean l) { return new AdFrame(id, bounds, advertiser, placedFile, placedPage, wrap, l, group, look); }

    @Override public AdFrame withGroup(String g) { return new AdFrame(id, bounds, advertiser, placedFile, placedPage, wrap, locked, g, look); }

    public AdFrame withAdvertiser(String a) { return new AdFrame(id, bounds, a, placedFile, placedPage, wrap, locked, group, look); }

    public AdFrame withWrap(TextWrap w) { return new AdFrame(id, bounds, advertiser, placedFile, placedPage, w, locked, group, look); }

    /** The same frame placing {@code file} (relative to the edition file; "" for the placeholder) at {@code page}. */
    public AdFrame withPlaced(String file, int page) { return new AdFrame(id, bounds, advertiser, file, page, wrap, locked, group, look); }

    public AdFrame withLook(FrameLook l) { return new AdFrame(id, bounds, advertiser, placedFile, placedPage, wrap, locked, group, l); }

    /** True when the placed file is a PDF (by its name), whose page is placed as vector content. */
    public boolean placesPdf() { return placedFile.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"); }

    @Override public String kind() { return "ad"; }
}
