package paiban.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Replaces a file so that at every moment either the old or the new content
 * is there in full: the bytes go to a temporary file in the same directory,
 * are forced to disk, and the temporary file is renamed over the target. The
 * previous content is kept as {@code NAME.bak}, itself written the same way.
 * A symbolic link is followed (the file it points to is replaced, the link
 * stays), and a replaced file keeps its permissions.
 */
public final class AtomicFile {
    private static final System.Logger LOG = paiban.log.Log.of(AtomicFile.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {}

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, stage -> { });
    }

    /** The same, without keeping the previous content. */
    public static void writeWithoutBackup(Path file, byte[] content) throws IOException {
        Path target = checked(file);
        removeStaleTemporaries(target);
        replace(target, content, permissionsOf(target), stage -> { });
        syncDirectory(target.getParent());
    }

    /** Points where a test may make the save fail, as a full disk or a crash would. */
    interface Faults {
        void at(String stage) throws IOException;
    }

    static void write(Path file, byte[] content, Faults faults) throws IOException {
        Path target = checked(file);
        removeStaleTemporaries(target);
        Set<PosixFilePermission> permissions = permissionsOf(target);
        if (Files.exists(target)) {
            replace(backupOf(target), Files.readAllBytes(target), permissions, faults);
        }
        replace(target, content, permissions, faults);
        syncDirectory(target.getParent());
    }

    private static Path checked(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && Files.exists(target)) target = target.toRealPath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException(file.toAbsolutePath() + ": the folder does not exist");
        if (Files.isDirectory(target)) throw new IOException(file.toAbsolutePath() + " is a folder, not a file");
        return target;
    }

    private static void replace(Path target, byte[] content, Set<PosixFilePermission> permissions, Faults faults)
            throws IOException {
        Path tmp = newTemporary(target);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                faults.at("written " + target.getFileName());
                ch.force(true);
            }
            if (permissions != null) Files.setPosixFilePermissions(tmp, permissions);
            faults.at("before rename to " + target.getFileName());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.log(System.Logger.Level.DEBUG, "no atomic rename for " + target + "; replacing it", e);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file older than this is left from a save that was killed, not one still running. */
    static final Duration STALE = Duration.ofMinutes(2);

    /**
     * Deletes what a killed save left beside {@code file} (and beside its
     * backup): temporary files named like {@link #newTemporary}'s, older than
     * {@link #STALE} so that a save running in another window keeps its own.
     * Called by every save and on open; never fails (a file it cannot delete stays).
     */
    public static void removeStaleTemporaries(Path file) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || target.getFileName() == null) return;
        String name = target.getFileName().toString();
        String backup = backupOf(target).getFileName().toString();
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + globEscape(name) + "*.tmp")) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!isTemporaryOf(n, name) && !isTemporaryOf(n, backup)) continue;
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before)) Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "a leftover temporary file stays", e);
                    // not ours to fight over: it stays
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the folder could not be listed for leftovers", e);
            // a folder that cannot be listed: nothing to clean
        }
    }

    /** ".NAME.<base 36>.tmp", as {@link #newTemporary} names them. */
    static boolean isTemporaryOf(String candidate, String name) {
        String prefix = "." + name + ".";
        if (!candidate.startsWith(prefix) || !candidate.endsWith(".tmp")) return false;
        String middle = candidate.substring(prefix.length(), candidate.length() - ".tmp".length());
        return !middle.isEmpty() && middle.length() <= 13 && middle.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'));
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /**
     * A new empty file beside the target. Created like any new file (not with
     * createTempFile's owner-only permissions), so a first save gets the
     * folder's usual permissions.
     */
    private static Path newTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** The target's permissions where the platform has them and the file exists; null otherwise. */
    private static Set<PosixFilePermission> permissionsOf(Path target) throws IOException {
        if (!Files.exists(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) return null;
        return Files.getPosixFilePermissions(target);
    }

    /** Makes the rename itself durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the folder could not be synced", e);
            // Not possible on every platform (Windows); the rename is still atomic.
        }
    }
}
