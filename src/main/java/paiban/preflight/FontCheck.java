package paiban.preflight;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;

/**
 * Fonts the edition's text needs, by the family table (标宋, 大黑, … included): a
 * face file that is not there is an error; a family set in a stand-in face (仿宋
 * without its file, 标宋 without NotoSerifSC-SemiBold) a warning.
 */
final class FontCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        // family+weight → first story and style that use it
        Map<String, String[]> used = new LinkedHashMap<>();
        for (Story s : ctx.edition.stories()) {
            for (Paragraph p : s.paragraphs()) {
                ParagraphStyle ps = ctx.edition.styles().paragraph(p.style());
                used.putIfAbsent(ps.family() + "|" + ps.bold(), new String[] {s.id(), ps.name()});
                for (var run : p.runs()) {
                    CharStyle cs = ctx.edition.styles().charStyle(run.style()).orElse(null);
                    if (cs == null) continue;
                    FontFamily f = cs.family() != null ? cs.family() : ps.family();
                    boolean bold = cs.bold() != null ? cs.bold() : ps.bold();
                    used.putIfAbsent(f + "|" + bold, new String[] {s.id(), cs.name()});
                }
            }
        }
        for (var e : used.entrySet()) {
            String[] key = e.getKey().split("\\|");
            FontFamily family = FontFamily.valueOf(key[0]);
            boolean bold = Boolean.parseBoolean(key[1]);
            String storyId = e.getValue()[0], style = e.getValue()[1];
            String face = ctx.fonts.faceName(family, bold);
            if (!Files.isReadable(ctx.fonts.directory().resolve(face + ".ttf"))) {
                out.add(ctx.finding(Severity.ERROR, "missing-font", "missing-font", "", "", storyId,
                        style, face, ctx.fonts.directory()));
                continue;
            }
            if (ctx.fonts.substitution(family, bold).isPresent()) {
                out.add(ctx.finding(Severity.WARNING, "font-fallback", "font-fallback", "", "", storyId,
                        style, family.chinese(), standIn(ctx, family, bold, face), face));
            }
        }
    }

    /** The family whose own face sets {@code family} in its place: 宋体 for 仿宋 today. */
    private static String standIn(PreflightContext ctx, FontFamily family, boolean bold, String face) {
        for (FontFamily other : FontFamily.values()) {
            if (other != family && ctx.fonts.substitution(other, bold).isEmpty() && ctx.fonts.faceName(other, bold).equals(face))
                return other.chinese();
        }
        return face;
    }
}
