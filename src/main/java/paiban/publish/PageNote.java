package paiban.publish;

import paiban.layout.PageLayout;

/** A note about one page, located by its name: "第三版: …". */
final class PageNote {
    private PageNote() {}

    static String of(PageLayout page, String what) {
        return page.name() + ": " + what;
    }
}
