package paiban.render.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import paiban.cache.BoundedCache;
import paiban.model.Limits;

/**
 * Whether an image file can be printed, found once per file version (path,
 * size, modification time) and shared by preflight, export and the screen:
 * <ol>
 * <li>a regular file (a pipe would hang the reader, /dev/zero never end);</li>
 * <li>a JPEG or PNG whose header claims no more than {@link Limits#MAX_IMAGE_SIDE}
 *     pixels a side and {@link Limits#MAX_IMAGE_PIXELS} in all;</li>
 * <li>whose data decodes to the end without the decoder's complaint (a JPEG cut
 *     short decodes "successfully" with grey where the data stops), within
 *     {@link #TIME_LIMIT_SECONDS}. The decode is subsampled to a small raster,
 *     but every byte of the compressed data is read, so memory stays small.</li>
 * </ol>
 */
public final class ImageFileCheck {
    /** Seconds one image may take to decode before it is called too slow. */
    public static final int TIME_LIMIT_SECONDS = 30;

    /** Files larger than this are not images a page needs (a 60 MP CMYK TIFF-free JPEG is far less). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /** The check decodes at most this many pixels a side (every byte is still read). */
    private static final int SAMPLE_SIDE = 256;

    /** What is wrong with a file; the words for each are the callers' (preflight has them in two languages). */
    public enum Problem {
        /** No file at the path. */
        NOT_FOUND,
        /** A folder. */
        FOLDER,
        /** A pipe, a device or a socket. */
        NOT_REGULAR,
        /** Neither JPEG nor PNG, or a file ImageIO cannot open. */
        NOT_IMAGE,
        /** More pixels than {@link Limits} allow, or a larger file than {@link #MAX_BYTES}. */
        TOO_LARGE,
        /** The data stops before the image is complete. */
        TRUNCATED,
        /** The data is corrupt in some other way. */
        DAMAGED,
        /** Decoding took longer than {@link #TIME_LIMIT_SECONDS}. */
        TOO_SLOW
    }

    /**
     * The verdict on a file: {@code problem} null when it is fine.
     * @param detail the decoder's words or the sizes, in English, cut short; "" when none
     */
    public record Result(Problem problem, int width, int height, String detail) {
        public boolean ok() { return problem == null; }

        /** One line in English: for logs, warnings and exceptions. */
        public String describe() {
            if (problem == null) return width + "×" + height + " pixels";
            String what = switch (problem) {
                case NOT_FOUND -> "not found";
                case FOLDER -> "is a folder, not an image";
                case NOT_REGULAR -> "not a regular file (a pipe or a device)";
                case NOT_IMAGE -> "not a JPEG or PNG image";
                case TOO_LARGE -> "too large";
                case TRUNCATED -> "the image data is cut off";
                case DAMAGED -> "the image data is damaged";
                case TOO_SLOW -> "took more than " + TIME_LIMIT_SECONDS + " s to decode";
            };
            return detail.isEmpty() ? what : what + " (" + detail + ")";
        }
    }

    private record Key(Path file, long size, FileTime modified) {}

    private static final BoundedCache<Key, Result> CACHE = new BoundedCache<>(4096);

    private static final ExecutorService DECODER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "paiban-image-check");
        t.setDaemon(true);
        return t;
    });

    private ImageFileCheck() {}

    /** The verdict on {@code file}, decoded at most once per version of the file. */
    public static Result check(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Result(Problem.NOT_FOUND, 0, 0, "");
        } catch (IOException e) {
            return new Result(Problem.NOT_FOUND, 0, 0, cut(e.getMessage()));
        }
        if (attrs.isDirectory()) return new Result(Problem.FOLDER, 0, 0, "");
        if (!attrs.isRegularFile()) return new Result(Problem.NOT_REGULAR, 0, 0, "");
        if (attrs.size() > MAX_BYTES) {
            return new Result(Problem.TOO_LARGE, 0, 0, attrs.size() / (1024 * 1024) + " MB, at most "
                    + MAX_BYTES / (1024 * 1024) + " MB");
        }
        Key key = new Key(abs, attrs.size(), attrs.lastModifiedTime());
        Result cached = CACHE.get(key);
        if (cached != null) return cached;
        Result r = decode(abs);
        CACHE.put(key, r);
        return r;
    }

    /** Throws with the verdict's words when the file cannot be printed. */
    public static Result require(Path file) throws IOException {
        Result r = check(file);
        if (!r.ok()) throw new IOException(file.getFileName() + ": " + r.describe());
        return r;
    }

    private static Result decode(Path file) {
        AtomicReference<ImageReader> running = new AtomicReference<>();
        Future<Result> job = DECODER.submit(() -> decodeNow(file, running));
        try {
            return job.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            ImageReader r = running.get();
            if (r != null) r.abort(); // the decoder checks for this between rows
            job.cancel(true);
            return new Result(Problem.TOO_SLOW, 0, 0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            return new Result(Problem.TOO_SLOW, 0, 0, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OutOfMemoryError) return new Result(Problem.TOO_LARGE, 0, 0, "out of memory");
            return new Result(Problem.DAMAGED, 0, 0, cut(String.valueOf(c.getMessage())));
        }
    }

    private static Result decodeNow(Path file, AtomicReference<ImageReader> running) {
        Optional<JpegHeader> jpeg;
        try {
            jpeg = JpegHeader.read(file);
        } catch (IOException e) {
            return new Result(Problem.DAMAGED, 0, 0, cut(e.getMessage()));
        }
        boolean fourComponents = jpeg.isPresent() && jpeg.get().cmyk();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return new Result(Problem.NOT_IMAGE, 0, 0, "");
            Iterator<ImageReader> readers = fourComponents ? ImageIO.getImageReadersByFormatName("jpeg")
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return new Result(Problem.NOT_IMAGE, 0, 0, "");
            ImageReader reader = readers.next();
            running.set(reader);
            try {
                reader.setInput(in, true, true);
                int w = fourComponents ? jpeg.get().width() : reader.getWidth(0);
                int h = fourComponents ? jpeg.get().height() : reader.getHeight(0);
                if (w <= 0 || h <= 0) return new Result(Problem.DAMAGED, w, h, "its header gives a size of " + w + "×" + h);
                if (w > Limits.MAX_IMAGE_SIDE || h > Limits.MAX_IMAGE_SIDE || (long) w * h > Limits.MAX_IMAGE_PIXELS) {
                    return new Result(Problem.TOO_LARGE, w, h, w + "×" + h + " pixels; at most "
                            + Limits.MAX_IMAGE_SIDE + " a side and " + Limits.MAX_IMAGE_PIXELS / 1_000_000 + " million in all");
                }
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener(new IIOReadWarningListener() {
                    @Override public void warningOccurred(ImageReader source, String warning) {
                        // a profile or metadata the decoder ignores leaves the pixels whole (the screen falls back
                        // to a plain conversion); only complaints about the image data count
                        String lower = String.valueOf(warning).toLowerCase(java.util.Locale.ROOT);
                        if (lower.contains("profile") || lower.contains("metadata")) return;
                        if (warnings.length() == 0) warnings.append(warning);
                    }
                });
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (Math.max(w, h) + SAMPLE_SIDE - 1) / SAMPLE_SIDE);
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                // readRaster takes four components as they are stored; the rest decode to an image
                if (fourComponents) reader.readRaster(0, param); else reader.read(0, param);
                if (warnings.length() > 0) {
                    String wText = warnings.toString();
                    String lower = wText.toLowerCase(java.util.Locale.ROOT);
                    boolean cut = lower.contains("premature") || lower.contains("end of") || lower.contains("truncated")
                            || lower.contains("missing eoi");
                    return new Result(cut ? Problem.TRUNCATED : Problem.DAMAGED, w, h, cut(wText));
                }
                return new Result(null, w, h, "");
            } catch (IOException | RuntimeException e) {
                String m = String.valueOf(e.getMessage());
                Throwable c = e.getCause();
                String lower = (m + " " + (c == null ? "" : c.getMessage())).toLowerCase(java.util.Locale.ROOT);
                boolean cut = c instanceof java.io.EOFException || e instanceof java.io.EOFException
                        || lower.contains("end of") || lower.contains("unexpected end") || lower.contains("truncated");
                return new Result(cut ? Problem.TRUNCATED : Problem.DAMAGED, 0, 0, cut(m));
            } finally {
                running.set(null);
                reader.dispose();
            }
        } catch (IOException e) {
            return new Result(Problem.DAMAGED, 0, 0, cut(e.getMessage()));
        }
    }

    private static String cut(String s) {
        if (s == null || s.isBlank() || s.equals("null")) return "";
        s = s.replace('\n', ' ').replace('\r', ' ');
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
