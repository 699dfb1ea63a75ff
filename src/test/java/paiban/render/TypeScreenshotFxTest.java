package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.ScaleStep;
import paiban.model.style.StyleSheet;
import paiban.model.style.TypeSettings;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;

/**
 * A 标宋 长一 headline with a red run over a story with a bold 电头 and a run with
 * 着重号, composed and drawn
 * on the canvas; the picture goes to target/screenshots/type-settings.png
 * (copied to docs/screenshot-type.png).
 */
@ExtendWith(ApplicationExtension.class)
class TypeScreenshotFxTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final String DATELINE = "本报讯（记者 林小河）";

    @Start
    void start(Stage s) {
        // the toolkit is all this test needs
    }

    @Test
    void changYiHeadlineAndBoldDateline() throws Exception {
        StyleSheet d = DefaultStyles.forBody(T.bodySize());
        List<CharStyle> chars = new ArrayList<>(d.charStyles());
        chars.add(DefaultStyles.colourStyle(Cmyk.RED));
        chars.add(new CharStyle("着重", null, null, null).withEmphasisDots(true));
        StyleSheet sheet = new StyleSheet(d.with(d.paragraph("主题").withFamily(FontFamily.BIAOSONG, false)
                .withType(TypeSettings.DEFAULT.withStep(ScaleStep.CHANG_1)))
                .paragraphStyles(), chars);
        String body = DATELINE + "今天上午，明城地铁三号线正式开通运营，全长二十八公里，设站二十一座。";
        Story story = new Story("s", "地铁", List.of(
                new Paragraph("主题", "明城地铁三号线今日开通",
                        List.of(new CharRun(2, 7, DefaultStyles.colourStyleName(Cmyk.RED)))),
                new Paragraph("电头", body.repeat(3), List.of(new CharRun(0, DATELINE.length(), DefaultStyles.BOLD),
                        new CharRun(body.indexOf("正式"), body.indexOf("正式") + 6, "着重")))),
                List.of(new FrameRef("p1", "t")));
        Page page = new Page("p1", "", "要闻", T.name(), List.of(new TextFrame("t", T.gridRect(0, 3, 0, 8), 1, T.gap())));
        Edition e = new Edition("明城日报", LocalDate.of(2026, 4, 25), null, List.of(T), sheet, List.of(page), List.of(story));
        PageLayout laid = new EditionComposer(FontLibrary.shared()).compose(e).pages().get(0);
        GlyphRun head = laid.lines().stream().filter(l -> l.paragraph() == 0).findFirst().orElseThrow().runs().get(0);
        assertEquals(90, head.horizontalScale());
        assertEquals(FontLibrary.shared().face(FontFamily.BIAOSONG, false).name(), head.face().name());

        var frame = T.gridRect(0, 3, 0, 8);
        double scale = 3.0 / 1000; // three pixels a point
        int w = (int) ((frame.x() + frame.width()) * scale) + 20, h = (int) ((frame.y() + frame.height()) * scale) + 20;
        BufferedImage img = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(w, h);
            LayoutWalker.walk(laid, new FxPainter(c.getGraphicsContext2D(), new ScreenTransform(scale, 0, 0)));
            return SwingFXUtils.fromFXImage(c.snapshot(null, null), null);
        }).get();
        int x0 = (int) (frame.x() * scale), y0 = (int) (frame.y() * scale);
        BufferedImage crop = img.getSubimage(x0, y0, Math.min(img.getWidth() - x0, (int) (frame.width() * scale) + 10),
                Math.min(img.getHeight() - y0, (int) (frame.height() * scale) + 10));
        ImageIO.write(crop, "png", paiban.Screenshots.file("type-settings.png"));
        // the red run is there in red
        LineBox first = laid.lines().stream().filter(l -> l.paragraph() == 0).findFirst().orElseThrow();
        boolean red = false;
        for (GlyphRun r : first.runs()) red |= r.color().equals(Cmyk.RED);
        assertTrue(red);
        // 正式开通运营 carries its six 着重号
        int dots = 0;
        for (LineBox l : laid.lines()) for (var m : paiban.layout.EmphasisDots.of(l)) dots += paiban.layout.EmphasisDots.count(m);
        assertEquals(6, dots);
    }
}
