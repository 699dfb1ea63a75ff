package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.style.Cmyk;

/**
 * Composes a whole edition into the layout both renderers draw.
 * PLACEHOLDER: frames only, no text flow yet; the flow issue fills it in.
 * The signature stays.
 */
public final class EditionComposer {
    private final ParagraphSetter setter;

    public EditionComposer(FontLibrary fonts) {
        this.setter = new ParagraphSetter(fonts);
    }

    public EditionLayout compose(Edition edition) {
        List<PageLayout> pages = new ArrayList<>();
        for (Page page : edition.pages()) {
            PageTemplate t = edition.templateOf(page);
            List<Mark> marks = new ArrayList<>();
            List<FrameInfo> infos = new ArrayList<>();
            for (Frame f : page.frames()) {
                marks.add(new BoxMark(f.bounds(), null, Cmyk.GREY_40, 250));
                infos.add(new FrameInfo(f.id(), FrameKind.TEXT, f.bounds(), "", -1, List.of(), 0, 0, 0, 0));
            }
            pages.add(new PageLayout(page.id(), edition.pageNumber(page.id()), PageNames.fullName(edition, page),
                    t.trimWidth(), t.trimHeight(), marks, infos));
        }
        return new EditionLayout(pages, Map.of(), List.of());
    }
}
