package paiban.model.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Roles and "based on" in the model: lookups by role, a parent's change reaching its children, no cycles. */
class StyleSheetInheritanceTest {
    private static final StyleSheet DEFAULTS = DefaultStyles.forBody(9000);

    @Test
    void everyDefaultStyleHasTheRoleOfItsName() {
        for (ParagraphStyle s : DEFAULTS.paragraphStyles()) {
            assertEquals(s.name(), s.role().standardName(), s.name());
        }
        java.util.Set<StyleRole> roles = java.util.EnumSet.allOf(StyleRole.class);
        roles.remove(StyleRole.EAR);
        assertEquals(roles, DEFAULTS.paragraphStyles().stream().map(ParagraphStyle::role)
                .collect(java.util.stream.Collectors.toSet()), "one default style per role but 报眉");
    }

    @Test
    void namesBeginningWithAStandardNameTakeItsRoleOthersAreBody() {
        assertEquals(StyleRole.TITLE, StyleRole.ofStandardName("主题二"));
        assertEquals(StyleRole.RUNNING_HEAD, StyleRole.ofStandardName("眉头右"));
        assertEquals(StyleRole.MASTHEAD, StyleRole.ofStandardName("报头英文"));
        assertEquals(StyleRole.BODY, StyleRole.ofStandardName("要闻主题"));
        assertEquals(StyleRole.BODY, StyleRole.ofStandardName(""));
    }

    @Test
    void lookupByRoleFindsARenamedStyleAndFallsBackToBody() {
        StyleSheet s = DEFAULTS.restyle("主题", DEFAULTS.find("主题").orElseThrow().withName("要闻主题"));
        assertEquals("要闻主题", s.paragraph(StyleRole.TITLE).name());
        StyleSheet noJump = s.without("下转");
        assertEquals("正文", noJump.paragraph(StyleRole.JUMP_TO).name());
    }

    @Test
    void aParentsChangeReachesTheValuesItsChildrenInheritedOnly() {
        ParagraphStyle body = DEFAULTS.find("正文").orElseThrow();
        ParagraphStyle lead = body.withName("导语").withBasedOn("正文").withAlignment(Alignment.CENTER);
        ParagraphStyle leadBold = lead.withName("导语加粗").withBasedOn("导语");
        StyleSheet s = DEFAULTS.with(lead).with(leadBold);
        StyleSheet bigger = s.restyle("正文", body.withSize(10_500).withAlignment(Alignment.RIGHT));
        assertEquals(10_500, bigger.find("导语").orElseThrow().size(), "inherited size follows");
        assertEquals(Alignment.CENTER, bigger.find("导语").orElseThrow().alignment(), "own alignment stays");
        assertEquals(10_500, bigger.find("导语加粗").orElseThrow().size(), "grandchild follows too");
        StyleSheet renamed = s.restyle("正文", body.withName("要闻正文"));
        assertEquals("要闻正文", renamed.find("导语").orElseThrow().basedOn(), "a rename is followed");
    }

    @Test
    void deletingAParentHandsItsChildrenToItsOwnParent() {
        ParagraphStyle body = DEFAULTS.find("正文").orElseThrow();
        StyleSheet s = DEFAULTS.with(body.withName("导语").withBasedOn("正文"))
                .with(body.withName("导语二").withBasedOn("导语"));
        StyleSheet without = s.without("导语");
        assertEquals("正文", without.find("导语二").orElseThrow().basedOn());
        assertTrue(s.inheritsFrom("导语二", "正文"));
    }

    @Test
    void aCycleOrAMissingParentIsRefused() {
        ParagraphStyle body = DEFAULTS.find("正文").orElseThrow();
        StyleSheet s = DEFAULTS.with(body.withName("乙")).with(body.withName("甲").withBasedOn("乙"));
        assertThrows(IllegalArgumentException.class, () -> s.with(body.withName("乙").withBasedOn("甲")));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.with(body.withName("丙").withBasedOn("无")));
        assertThrows(IllegalArgumentException.class, () -> body.withBasedOn("正文"));
    }
}
