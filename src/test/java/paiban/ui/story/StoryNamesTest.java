package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import paiban.edit.StoryTyping;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/** QA 23-type: a story typed into a new frame was called 「story」 (its id); the desk needs a name it recognises. */
@InLanguage("zh")
class StoryNamesTest {
    private static Story untitled(String... texts) {
        return new Story("story-2", "", java.util.Arrays.stream(texts).map(t -> new Paragraph("正文", t)).toList(), List.of());
    }

    @Test
    void aTitleIsTheName() {
        assertEquals("城市新闻", StoryNames.of(new Story("s1", "城市新闻", List.of(new Paragraph("正文", "明城")), List.of())));
    }

    @Test
    void withoutATitleTheStartOfItsTextNamesIt() {
        assertEquals("新Paiban 2026", StoryNames.of(untitled("", "  新Paiban   2026 ")));
        assertEquals("本报讯（记者 张三）这是…", StoryNames.of(untitled("本报讯（记者 张三）这是一段测试文字")));
        // a character outside the BMP is never cut in half
        assertEquals("𠀀".repeat(12) + "…", StoryNames.of(untitled("𠀀".repeat(13))));
    }

    @Test
    void withoutTextItIsUntitled() {
        assertEquals("未命名稿件", StoryNames.of(untitled("", " ")));
        Messages.use(Locale.ENGLISH);
        assertEquals("Untitled story", StoryNames.of(untitled()));
    }

    @Test
    void theEditorTitlesAStoryTypedIntoAnEmptyFrameByItsText() {
        EditionDocument doc = TestEditions.document();
        StoryTyping typing = new StoryTyping(new UndoStack(doc).history());
        SimpleStringProperty selected = new SimpleStringProperty("t3");
        StoryEditorViewModel vm = new StoryEditorViewModel(doc, typing, selected);
        String id = typing.startStory(doc.edition(), new FrameRef("p2", "t3"), List.of(new Paragraph("正文", "新")));
        assertTrue(id.startsWith("story"), "the id stays as the file has it: " + id);
        assertEquals("", doc.edition().story(id).orElseThrow().title(), "nothing new is stored");
        assertEquals("稿件：新", vm.titleProperty().get());
        typing.setText(id, List.of(new Paragraph("正文", "新Paiban 2026本报讯记者据了解")), 0);
        assertEquals("稿件：新Paiban 2026…", vm.titleProperty().get());
    }
}
