package paiban.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the sample edition's photo, a river city at dawn, once:
 * {@code java -cp target/test-classes:target/classes paiban.io.SampleAssetsGenerator}.
 * The JPEG is committed; this class documents where it came from. Seeded, so
 * a rerun gives the same picture.
 */
public final class SampleAssetsGenerator {
    static final int W = 1600;
    static final int H = 1000;
    static final int HORIZON = 610;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/sample/binjiang-dawn.jpg");
        BufferedImage img = draw(new Random(20260425L));
        writeJpeg(soften(img), out, 0.82f);
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    static BufferedImage draw(Random rnd) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        sky(g);
        sun(g);
        clouds(g, rnd);
        farHills(g);
        skyline(g, rnd, new Color(92, 74, 100), 0.55, 230, 7, 0, 980);
        skyline(g, rnd, new Color(40, 34, 52), 0.85, 170, 5, 0, 900);
        skyline(g, rnd, new Color(46, 38, 56), 0.7, 120, 5, 1300, W);
        river(g, img, rnd);
        bridge(g);
        grain(img, rnd);
        g.dispose();
        return img;
    }

    private static void sky(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(38, 52, 96), 0, 330, new Color(150, 120, 150)));
        g.fillRect(0, 0, W, 330);
        g.setPaint(new GradientPaint(0, 330, new Color(150, 120, 150), 0, HORIZON, new Color(250, 170, 100)));
        g.fillRect(0, 330, W, HORIZON - 330);
    }

    private static void sun(Graphics2D g) {
        float cx = 1120, cy = HORIZON - 70;
        g.setPaint(new RadialGradientPaint(cx, cy, 420, new float[] {0f, 0.08f, 0.3f, 1f},
                new Color[] {new Color(255, 245, 210), new Color(255, 214, 140, 230), new Color(255, 170, 90, 90),
                        new Color(255, 150, 90, 0)}));
        g.fillRect(0, 0, W, HORIZON);
        g.setColor(new Color(255, 240, 200));
        g.fillOval((int) cx - 34, (int) cy - 34, 68, 68);
    }

    private static void clouds(Graphics2D g, Random rnd) {
        for (int i = 0; i < 26; i++) {
            int y = 80 + rnd.nextInt(320);
            int x = rnd.nextInt(W + 200) - 200;
            int w = 220 + rnd.nextInt(420);
            int h = 10 + rnd.nextInt(22);
            int warm = Math.min(255, 150 + y / 3);
            g.setColor(new Color(warm, 130 + y / 6, 150 - y / 8, 60 + rnd.nextInt(60)));
            g.fillRoundRect(x, y, w, h, h, h);
        }
    }

    private static void farHills(Graphics2D g) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, HORIZON);
        for (int x = 0; x <= W; x += 20) {
            double y = HORIZON - 60 - 40 * Math.sin(x / 260.0) - 25 * Math.sin(x / 97.0 + 1.3);
            p.lineTo(x, y);
        }
        p.lineTo(W, HORIZON);
        p.closePath();
        g.setColor(new Color(120, 96, 120));
        g.fill(p);
    }

    /** A row of towers between {@code from} and {@code to}, a few windows already lit. */
    private static void skyline(Graphics2D g, Random rnd, Color body, double depth, int maxHeight, int minWidth,
                                int from, int to) {
        int x = from - 20;
        while (x < to) {
            int w = (int) ((minWidth * 8 + rnd.nextInt(70)) * depth);
            int h = (int) (60 + rnd.nextInt(maxHeight) * (0.4 + 0.6 * rnd.nextDouble()));
            int top = HORIZON - h;
            g.setColor(body);
            g.fillRect(x, top, w, h);
            if (rnd.nextInt(4) == 0) {
                g.fillRect(x + w / 2 - 2, top - 40, 4, 40);
            }
            if (rnd.nextInt(5) == 0) {
                Path2D roof = new Path2D.Double();
                roof.moveTo(x, top);
                roof.lineTo(x + w / 2.0, top - w * 0.6);
                roof.lineTo(x + w, top);
                g.fill(roof);
            }
            for (int wy = top + 8; wy < HORIZON - 6; wy += 11) {
                for (int wx = x + 4; wx < x + w - 5; wx += 9) {
                    if (rnd.nextDouble() < 0.13) {
                        g.setColor(new Color(255, 210 + rnd.nextInt(40), 120 + rnd.nextInt(60)));
                        g.fillRect(wx, wy, 4, 5);
                    }
                }
            }
            x += w + rnd.nextInt(12);
        }
    }

    /** A cable-stayed bridge across the river on the left. */
    private static void bridge(Graphics2D g) {
        g.setColor(new Color(22, 22, 32));
        int deckY = HORIZON + 40;
        g.fillRect(0, deckY, 760, 9);
        int[] towers = {170, 560};
        for (int t : towers) {
            g.fillRect(t - 7, deckY - 230, 14, 270);
            g.setStroke(new BasicStroke(1.4f));
            for (int i = 1; i <= 9; i++) {
                g.drawLine(t, deckY - 200 + i * 8, t - i * 19, deckY);
                g.drawLine(t, deckY - 200 + i * 8, t + i * 19, deckY);
            }
        }
        for (int x = 20; x < 760; x += 95) g.fillRect(x, deckY, 8, 40);
    }

    /** The river mirrors the sky and towers, broken into ripples. */
    private static void river(Graphics2D g, BufferedImage img, Random rnd) {
        for (int y = HORIZON; y < H; y++) {
            int src = HORIZON - 1 - (y - HORIZON) * 2 / 3;
            if (src < 0) src = 0;
            int shift = (int) (3 * Math.sin(y * 0.21) + 2 * Math.sin(y * 0.053));
            for (int x = 0; x < W; x++) {
                int sx = Math.min(W - 1, Math.max(0, x + shift));
                int rgb = img.getRGB(sx, src);
                int r = (rgb >> 16) & 255, gg = (rgb >> 8) & 255, b = rgb & 255;
                double dark = 0.62 - 0.18 * (y - HORIZON) / (double) (H - HORIZON);
                r = (int) (r * dark);
                gg = (int) (gg * dark);
                b = (int) (b * dark + 14);
                img.setRGB(x, y, (Math.min(255, r) << 16) | (Math.min(255, gg) << 8) | Math.min(255, b));
            }
        }
        g.setColor(new Color(255, 220, 160, 120));
        for (int i = 0; i < 160; i++) {
            int y = HORIZON + 10 + rnd.nextInt(H - HORIZON - 10);
            int w = 10 + rnd.nextInt(60);
            int x = 1120 - w / 2 + (int) (rnd.nextGaussian() * (20 + (y - HORIZON) * 0.25));
            g.fillRect(x, y, w, 2);
        }
        // A small boat crossing the sun's path.
        g.setColor(new Color(18, 18, 24));
        Path2D hull = new Path2D.Double();
        hull.moveTo(1010, 760);
        hull.lineTo(1130, 760);
        hull.lineTo(1112, 776);
        hull.lineTo(1024, 776);
        hull.closePath();
        g.fill(hull);
        g.fillRect(1050, 740, 40, 20);
    }

    private static void grain(BufferedImage img, Random rnd) {
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int rgb = img.getRGB(x, y);
                int n = (int) (rnd.nextGaussian() * 3);
                int r = clamp(((rgb >> 16) & 255) + n), gg = clamp(((rgb >> 8) & 255) + n), b = clamp((rgb & 255) + n);
                img.setRGB(x, y, (r << 16) | (gg << 8) | b);
            }
        }
    }

    private static int clamp(int v) { return Math.max(0, Math.min(255, v)); }

    private static BufferedImage soften(BufferedImage img) {
        float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage out = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
        return out;
    }

    private static void writeJpeg(BufferedImage img, Path out, float quality) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
