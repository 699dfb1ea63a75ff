package paiban.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The published sample in a real browser engine: JavaFX's WebView (WebKit),
 * headless under Monocle. A click inside an article's zone on the page
 * picture opens the article; a jump line opens the page it names; at a
 * phone's width nothing scrolls sideways.
 */
@ExtendWith(ApplicationExtension.class)
class DigitalEditionFxTest {
    static PublishedSample site;
    static JsonNode manifest;
    Stage stage;

    @BeforeAll static void publish() throws Exception {
        site = PublishedSample.get();
        manifest = new ObjectMapper().readTree(site.dir.resolve("manifest.json").toFile());
    }

    @Start void start(Stage s) {
        stage = s;
    }

    /** A WebView of the given size, shown in the test's stage. */
    WebView browser(double width, double height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WebView view = new WebView();
            stage.setScene(new Scene(view, width, height));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            return view;
        }).get();
    }

    /** Runs {@code action} on the FX thread and waits until the view has loaded a page whose address ends so. */
    static void waitForLoad(WebView view, String ending, Runnable action) throws Exception {
        CompletableFuture<String> loaded = new CompletableFuture<>();
        ChangeListener<Worker.State> listener = (o, was, now) -> {
            if (now == Worker.State.SUCCEEDED && view.getEngine().getLocation().endsWith(ending))
                loaded.complete(view.getEngine().getLocation());
            if (now == Worker.State.FAILED) loaded.completeExceptionally(new AssertionError("failed to load " + view.getEngine().getLocation()));
        };
        WaitForAsyncUtils.asyncFx(() -> {
            view.getEngine().getLoadWorker().stateProperty().addListener(listener);
            action.run();
        }).get();
        try {
            loaded.get(60, TimeUnit.SECONDS);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> view.getEngine().getLoadWorker().stateProperty().removeListener(listener)).get();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void open(WebView view, String file) throws Exception {
        String url = site.dir.resolve(file).toUri().toString();
        waitForLoad(view, file, () -> view.getEngine().load(url));
    }

    static Object js(WebView view, String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.getEngine().executeScript(script)).get();
    }

    /**
     * Scrolls the point (in page points) of the page picture into view and
     * returns the script expression naming the element the browser finds there.
     */
    static String elementAt(WebView view, double xPt, double yPt) throws Exception {
        double w = manifest.get("pages").get(0).get("width").asDouble();
        js(view, "var r0 = document.querySelector('figure.sheet img').getBoundingClientRect();"
                + "window.scrollTo(0, window.scrollY + r0.top + " + yPt + " * r0.width / " + w + " - 100);");
        WaitForAsyncUtils.waitForFxEvents();
        js(view, "var r = document.querySelector('figure.sheet img').getBoundingClientRect();"
                + "window.hitX = r.left + " + xPt + " * r.width / " + w + ";"
                + "window.hitY = r.top + " + yPt + " * r.width / " + w + ";"
                + "window.hit = document.elementFromPoint(window.hitX, window.hitY);");
        return "window.hit";
    }

    static void click(WebView view, String element, String landsOn) throws Exception {
        waitForLoad(view, landsOn, () -> view.getEngine().executeScript(element + ".dispatchEvent(new MouseEvent('click', "
                + "{bubbles: true, cancelable: true, view: window, clientX: window.hitX, clientY: window.hitY}))"));
    }

    static JsonNode zone(int page, String article) {
        for (JsonNode z : manifest.get("pages").get(page - 1).get("zones")) if (z.get("article").asText().equals(article)) return z;
        throw new AssertionError("no zone of " + article);
    }

    @Test void clickingInsideAnArticlesZoneOpensTheArticle() throws Exception {
        WebView view = browser(1000, 760);
        open(view, "pages/01.html");
        // the middle of the economy story's text frame, as the manifest places it on the page
        JsonNode text = null;
        for (JsonNode f : zone(1, "economy").get("frames")) if (f.get("kind").asText().equals("text")) text = f.get("rect");
        double x = text.get(0).asDouble() + text.get(2).asDouble() / 2, y = text.get(1).asDouble() + text.get(3).asDouble() / 2;
        String hit = elementAt(view, x, y);
        assertEquals("economy", js(view, hit + ".closest('a').getAttribute('data-article')"));
        click(view, hit, "articles/economy.html");
        assertEquals("地区生产总值同比增长5.6%", js(view, "document.querySelector('h1').textContent"));
        assertEquals("一季度全市经济运行“开门稳”", js(view, "document.querySelector('.headline .kicker').textContent"));
    }

    @Test void aJumpLineOnThePagePictureOpensThePageItNames() throws Exception {
        WebView view = browser(1000, 760);
        open(view, "pages/01.html");
        JsonNode r = manifest.get("pages").get(0).get("jumps").get(0).get("rect");
        String hit = elementAt(view, r.get(0).asDouble() + r.get(2).asDouble() / 2, r.get(1).asDouble() + r.get(3).asDouble() / 2);
        assertEquals("jump", js(view, hit + ".closest('a').getAttribute('class')"));
        click(view, hit, "pages/03.html");
        assertEquals("第三版 · 要闻", js(view, "document.querySelector('h1').textContent"));
    }

    @Test void aPhoneSeesEveryPageWithoutScrollingSideways() throws Exception {
        WebView view = browser(375, 700);
        for (String file : new String[] {"index.html", "pages/01.html", "pages/02.html", "articles/lead.html", "articles/museum.html"}) {
            open(view, file);
            Number scroll = (Number) js(view, "document.scrollingElement.scrollWidth");
            Number client = (Number) js(view, "document.scrollingElement.clientWidth");
            assertTrue(client.intValue() <= 375 && client.intValue() > 300, file + ": viewport " + client);
            assertTrue(scroll.intValue() <= client.intValue(), file + ": " + scroll + " px wide in a " + client + " px viewport");
        }
        // a picture of an article on the phone, for a person to look at (target/screenshots/publish-article-phone.png)
        open(view, "articles/lead.html");
        WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage phone = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        File shot = paiban.Screenshots.file("publish-article-phone.png");
        shot.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(phone, null), "png", shot);

        // the page picture and its zones shrink together to the phone's width
        open(view, "pages/01.html");
        Number img = (Number) js(view, "document.querySelector('figure.sheet img').getBoundingClientRect().width");
        Number svg = (Number) js(view, "document.querySelector('figure.sheet svg').getBoundingClientRect().width");
        assertTrue(img.doubleValue() <= 375 && img.doubleValue() > 300, "picture " + img);
        assertEquals(img.doubleValue(), svg.doubleValue(), 1.0);
        JsonNode text = null;
        for (JsonNode f : zone(1, "boat").get("frames")) if (f.get("kind").asText().equals("text")) text = f.get("rect");
        String hit = elementAt(view, text.get(0).asDouble() + text.get(2).asDouble() / 2, text.get(1).asDouble() + text.get(3).asDouble() / 2);
        assertEquals("boat", js(view, hit + ".closest('a').getAttribute('data-article')"));
    }

    /** A picture of a published page for docs/screenshot-publish.png (target/screenshots/publish-page.png). */
    @Test void screenshotOfAPublishedPage() throws Exception {
        WebView view = browser(1200, 780);
        open(view, "pages/01.html");
        js(view, "window.scrollTo(0, 0); var a = document.querySelector('a.zone[data-article=\"lead\"] path');"
                + "a.style.fill = 'rgba(20, 80, 190, .12)'; a.style.stroke = 'rgba(20, 80, 190, .85)'; a.style.strokeWidth = '2';");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file("publish-page.png");
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
        assertEquals(1200, img.getWidth());
        int distinct = (int) java.util.stream.IntStream.range(0, 200)
                .map(i -> img.getRGB(img.getWidth() * i / 200, img.getHeight() / 2)).distinct().count();
        assertTrue(distinct > 3, "the page is drawn, not blank");
    }
}
