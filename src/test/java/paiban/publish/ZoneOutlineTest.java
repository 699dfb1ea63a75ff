package paiban.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.Rect;
import paiban.publish.ZoneOutline.Point;

/** Outlines of unions of frames: corners, separate parts, bridged gutters and filled gutter crossings. */
class ZoneOutlineTest {
    static Rect r(int x, int y, int w, int h) { return new Rect(x * 1000, y * 1000, w * 1000, h * 1000); }

    static Point p(int x, int y) { return new Point(x * 1000, y * 1000); }

    @Test void twoFramesSharingAnEdgeMakeOneLShapeClockwise() {
        // a headline over the left column and a text frame below it, wider: an L
        var outline = ZoneOutline.of(List.of(r(0, 0, 100, 20), r(0, 20, 50, 80)));
        assertEquals(List.of(List.of(p(0, 0), p(100, 0), p(100, 20), p(50, 20), p(50, 100), p(0, 100))), outline);
        assertEquals(100 * 20 + 50 * 80, ZoneOutline.areaPt2(outline), 1e-6);
    }

    @Test void framesFarApartStayApart() {
        var outline = ZoneOutline.of(List.of(r(0, 0, 10, 10), r(100, 0, 10, 10)));
        assertEquals(2, outline.size());
        assertEquals(200, ZoneOutline.areaPt2(outline), 1e-6);
    }

    @Test void aGutterIsBridgedAndItsCrossingFilledButNotAWideGap() {
        // photo and text side by side under a headline, 4.5 pt and 9 pt gutters between them
        List<Rect> frames = List.of(new Rect(0, 0, 200_000, 20_000), new Rect(0, 24_500, 95_000, 100_000),
                new Rect(104_000, 24_500, 96_000, 100_000));
        var zone = ZoneOutline.zone(frames, 27_000);
        assertEquals(1, zone.size(), zone.toString());
        assertEquals(4, zone.get(0).size(), "one rectangle: " + zone);
        assertTrue(ZoneOutline.contains(zone, 99_000, 22_000), "the gutters' crossing is in");
        // 40 pt apart: two zones, nothing between them
        var apart = ZoneOutline.zone(List.of(r(0, 0, 10, 10), r(50, 0, 10, 10)), 27_000);
        assertEquals(2, apart.size());
        assertFalse(ZoneOutline.contains(apart, 30_000, 5_000));
    }

    @Test void aLargeHoleStaysAHole() {
        // four frames around a 60 pt square that belongs to someone else
        List<Rect> ring = List.of(r(0, 0, 100, 20), r(0, 80, 100, 20), r(0, 20, 20, 60), r(80, 20, 20, 60));
        var zone = ZoneOutline.zone(ring, 27_000);
        assertEquals(2, zone.size(), "outline and hole");
        assertFalse(ZoneOutline.contains(zone, 50_000, 50_000));
        assertTrue(ZoneOutline.contains(zone, 10_000, 50_000));
        assertEquals(100 * 100 - 60 * 60, ZoneOutline.areaPt2(zone), 1e-6);
    }
}
