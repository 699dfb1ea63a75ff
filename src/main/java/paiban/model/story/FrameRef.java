package paiban.model.story;

/** A link of a story's chain: a frame on a page, named by their ids. */
public record FrameRef(String pageId, String frameId) {
    public FrameRef {
        if (pageId == null || pageId.isBlank() || frameId == null || frameId.isBlank())
            throw new IllegalArgumentException("frame reference needs a page and a frame id");
    }
}
