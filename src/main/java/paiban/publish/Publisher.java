package paiban.publish;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.stream.XMLStreamException;

import paiban.layout.EditionLayout;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.render.pdf.PageRaster;

/**
 * Publishes a composed edition as a 数字报: a static site of page pictures
 * with clickable article zones, article pages, a JSON manifest and ALTO XML
 * per page (docs/publish.md). Everything comes from the layout the print
 * PDF is drawn from. Interrupting the thread cancels between files.
 */
public final class Publisher {
    private final PublishSettings settings;
    private final PageRaster raster = new PageRaster();

    /** A publisher converts each photo for the page pictures once; make a new one when photo files change. */
    public Publisher(PublishSettings settings) {
        this.settings = settings;
    }

    /** Reports how far publishing has come; {@code what} is a short English phrase. */
    public interface Progress {
        Progress NONE = (done, total, what) -> { };

        void step(int done, int total, String what);
    }

    /**
     * @param index the site's front page
     * @param files every file written
     * @param notes what a reader of the site would miss: articles without a headline, headlines or
     *              frames that could not be placed, overlapping zones, missing photos
     */
    public record Result(Path index, List<Path> files, List<PublishNote> notes) {
        public Result {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    public Result publish(Edition edition, EditionLayout layout, Path dir, Progress progress) throws IOException {
        List<PageLayout> pages = layout.pages();
        int total = 2 * pages.size() + 3;
        int done = 0;
        progress.step(done, total, "finding articles");
        ArticleFinder.Found found = ArticleFinder.find(edition, layout);
        List<PublishNote> notes = new ArrayList<>(found.notes());
        Map<String, PageZones> zones = new LinkedHashMap<>();
        for (PageLayout p : pages) zones.put(p.pageId(), PageZones.of(p, found.articles()));
        List<Path> files = new ArrayList<>();
        Files.createDirectories(dir);

        progress.step(++done, total, "drawing " + pages.size() + " pages");
        cancelPoint();
        PageRaster.Pictures pictures = raster.render(pages, settings.readingWidth());
        for (String w : pictures.warnings()) notes.add(PublishNote.of("picture", w));
        Map<String, Site.PictureSizes> sizes = new LinkedHashMap<>();
        Files.createDirectories(dir.resolve("images"));
        for (int i = 0; i < pages.size(); i++) {
            cancelPoint();
            PageLayout p = pages.get(i);
            BufferedImage big = pictures.images().get(i);
            BufferedImage thumb = scaled(big, settings.thumbnailWidth());
            files.add(writeJpeg(big, dir.resolve(SiteNames.pageImage(p)), 0.88f));
            files.add(writeJpeg(thumb, dir.resolve(SiteNames.thumbnail(p)), 0.85f));
            sizes.put(p.pageId(), new Site.PictureSizes(big.getWidth(), big.getHeight(), thumb.getWidth(), thumb.getHeight()));
            progress.step(++done, total, "page " + (i + 1) + " of " + pages.size() + " drawn");
        }

        Map<String, String> media = new LinkedHashMap<>();
        for (Article a : found.articles()) {
            int n = 0;
            for (Article.Photo photo : a.photos()) {
                n++;
                if (photo.file() == null || !Files.isRegularFile(photo.file())) {
                    notes.add(PublishNote.of("photo.missing", a.id(), photo.frameId()));
                    continue;
                }
                cancelPoint();
                try {
                    String name = MediaFiles.copy(photo.file(), dir.resolve("media"), a.slug() + "-" + n);
                    media.put(photo.frameId(), "media/" + name);
                    files.add(dir.resolve("media").resolve(name));
                } catch (IOException e) {
                    notes.add(PublishNote.of("photo.unreadable", a.id(), String.valueOf(photo.file().getFileName()),
                            String.valueOf(e.getMessage())));
                }
            }
        }

        Site site = new Site(edition, pages, found.articles(), zones, media, sizes);
        progress.step(++done, total, "writing the pages");
        files.add(write(dir.resolve(SiteNames.STYLE), styleSheet()));
        files.add(write(dir.resolve(SiteNames.INDEX), IndexPage.html(site)));
        for (PageLayout p : pages) {
            cancelPoint();
            files.add(write(dir.resolve(SiteNames.pageHtml(p)), PageView.html(site, p)));
            try {
                files.add(write(dir.resolve(SiteNames.alto(p)), AltoPage.xml(site, p)));
            } catch (XMLStreamException e) {
                throw new IOException("ALTO of " + p.name() + ": " + e.getMessage(), e);
            }
            progress.step(++done, total, p.name() + " written");
        }
        for (Article a : found.articles()) files.add(write(dir.resolve(SiteNames.articleHtml(a)), ArticleView.html(site, a)));
        files.add(write(dir.resolve(SiteNames.MANIFEST), Manifest.json(site)));
        progress.step(total, total, "done");
        return new Result(dir.resolve(SiteNames.INDEX), files, notes);
    }

    static String styleSheet() throws IOException {
        try (InputStream in = Publisher.class.getResourceAsStream("site.css")) {
            if (in == null) throw new IOException("the site's style sheet is missing from the program");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A JPEG of {@code quality} (0..1): pages carry photos and tints, and JPEG writes them fast and small. */
    private static Path writeJpeg(BufferedImage img, Path file, float quality) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        Files.deleteIfExists(file); // the stream would keep the tail of a longer old file
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** {@code img} scaled to {@code width}, halving step by step so fine type stays smooth. */
    static BufferedImage scaled(BufferedImage img, int width) {
        BufferedImage cur = img;
        while (cur.getWidth() > width) {
            int w = Math.max(width, cur.getWidth() / 2);
            int h = Math.max(1, (int) Math.round((double) img.getHeight() * w / img.getWidth()));
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            var g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(cur, 0, 0, w, h, null);
            g.dispose();
            cur = next;
        }
        return cur;
    }

    private static void cancelPoint() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("cancelled");
    }
}
