package paiban.preflight;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.story.Story;

/** What every check reads, and how a finding names its page and story, the same way for every check. */
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

    /** "第三版" for a page of the edition, the layout's name for a page only the layout knows, else "". */
    String pageName(String pageId) {
        if (pageId == null || pageId.isEmpty()) return "";
        Optional<Page> p = edition.page(pageId);
        if (p.isPresent()) return PageNames.fullName(edition, p.get());
        return layout.page(pageId).map(pl -> pl.name()).orElse("");
    }

    String storyTitle(String storyId) {
        if (storyId == null || storyId.isEmpty()) return "";
        return edition.story(storyId).map(Story::title).orElse("");
    }

    /** A story named inside a finding's text (not its place): 《两会报道》 / story 「两会报道」 (s1). */
    Wording storyName(String storyId) {
        return FindingTexts.storyName(storyTitle(storyId), storyId);
    }

    /**
     * @param key  the text in the findings bundles
     * @param args its arguments, in the bundles' order
     */
    Finding finding(Severity severity, String code, String key, String pageId, String frameId, String storyId,
                    Object... args) {
        return new Finding(severity, code, key, List.of(args), pageId, frameId, storyId,
                pageName(pageId), storyTitle(storyId));
    }
}
