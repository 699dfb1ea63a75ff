package paiban.compose.jump;

import paiban.model.style.StyleRole;

/** Which end of a page change a jump line marks. */
public enum JumpDirection {
    /** 下转: the last line of the part that leaves a page. */
    OUT("下转", StyleRole.JUMP_TO),
    /** 上接: the first line of the part that continues. */
    IN("上接", StyleRole.JUMP_FROM);

    private final String word;
    private final StyleRole role;

    JumpDirection(String word, StyleRole role) {
        this.word = word;
        this.role = role;
    }

    /** The verb printed in the line. */
    public String word() { return word; }

    /** The role of the paragraph style the line is set in. */
    public StyleRole role() { return role; }
}
