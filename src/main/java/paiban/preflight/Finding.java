package paiban.preflight;

/**
 * One problem preflight found.
 *
 * @param code    stable short name of the check, e.g. {@code overset}
 * @param message one line naming page, frame and story, for people
 * @param pageId  the page concerned, "" when none
 * @param frameId the frame concerned, "" when none
 * @param storyId the story concerned, "" when none
 */
public record Finding(Severity severity, String code, String message, String pageId, String frameId, String storyId) {
    public Finding {
        if (severity == null || code == null || message == null) throw new IllegalArgumentException("incomplete finding");
        if (pageId == null) pageId = "";
        if (frameId == null) frameId = "";
        if (storyId == null) storyId = "";
    }

    public boolean isError() { return severity == Severity.ERROR; }

    @Override public String toString() {
        return severity + " " + code + ": " + message;
    }
}
