package paiban.preflight;

import java.nio.file.Path;
import java.util.Optional;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.story.Story;

/** What every check reads, and the wording that names page, frame and story the same way in every message. */
final class PreflightContext {
    final Edition edition;
    final EditionLayout layout;
    final FontLibrary fonts;
    /** Folder of the edition file, against which image paths resolve; null when unknown. */
    final Path baseDir;

    PreflightContext(Edition edition, EditionLayout layout, FontLibrary fonts, Path baseDir) {
        this.edition = edition;
        this.layout = layout;
        this.fonts = fonts;
        this.baseDir = baseDir;
    }

    /** "第三版" for a page of the edition, else its id. */
    String pageName(String pageId) {
        Optional<Page> p = edition.page(pageId);
        if (p.isPresent()) return PageNames.fullName(edition, p.get());
        return layout.page(pageId).map(PageLayout::name).orElse("page " + pageId);
    }

    String storyName(String storyId) {
        Optional<Story> s = edition.story(storyId);
        String title = s.map(Story::title).orElse("");
        return title.isBlank() ? "story " + storyId : "story 「" + title + "」 (" + storyId + ")";
    }

    /** "第三版, frame f2, story 「…」 (s1)" with the parts that are known. */
    String where(String pageId, String frameId, String storyId) {
        StringBuilder sb = new StringBuilder();
        if (pageId != null && !pageId.isEmpty()) sb.append(pageName(pageId));
        if (frameId != null && !frameId.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append("frame ").append(frameId);
        if (storyId != null && !storyId.isEmpty()) sb.append(sb.length() > 0 ? ", " : "").append(storyName(storyId));
        return sb.toString();
    }

    Finding finding(Severity severity, String code, String pageId, String frameId, String storyId, String what) {
        String where = where(pageId, frameId, storyId);
        return new Finding(severity, code, where.isEmpty() ? what : where + ": " + what, pageId, frameId, storyId);
    }
}
