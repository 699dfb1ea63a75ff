/**
 * The story editor and placing copy and pictures.
 *
 * <p>{@link paiban.ui.story.StoryEditorView} is a RichTextFX galley of the
 * story threaded through the selected frame: paragraph style = the model's
 * paragraph style name, text style = the character style name, so
 * {@link paiban.ui.story.StoryText} converts both ways without loss. The view
 * model ({@link paiban.ui.story.StoryEditorViewModel}) turns the editor's
 * paragraphs into one {@code SetStoryText} change per typing burst, reusing
 * every unchanged paragraph object so the flow session reflows from the
 * changed paragraph on; the model's changes come back to the area as a patch
 * of only the paragraphs that differ, under a guard so they are not taken for
 * typing. {@link paiban.ui.story.PlaceText} and
 * {@link paiban.ui.story.PlaceImage} compute a placement as one undoable
 * change; {@link paiban.ui.story.PlaceActions} adds the file choosers and the
 * report.
 */
package paiban.ui.story;
