package paiban.compose.jump;

/** Which end of a page change a jump line marks. */
public enum JumpDirection {
    /** 下转: the last line of the part that leaves a page. */
    OUT("下转"),
    /** 上接: the first line of the part that continues. */
    IN("上接");

    private final String word;

    JumpDirection(String word) { this.word = word; }

    /** The verb printed in the line, also the name of its paragraph style. */
    public String word() { return word; }
}
