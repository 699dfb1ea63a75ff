package paiban.layout;

import java.nio.file.Path;

import paiban.model.Rect;

/**
 * A page of a placed PDF (an ad supplied as PDF): its TrimBox (else CropBox,
 * else MediaBox) is fitted into {@code frame}, centred and scaled alike in
 * both directions, and clipped to it. The renderers read the file and its box
 * themselves; the layout only says where.
 *
 * @param file absolute path of the PDF
 * @param page the page to place, from 1
 */
public record PlacedPdfMark(String frameId, Path file, int page, Rect frame) implements Mark {
}
