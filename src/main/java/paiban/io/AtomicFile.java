package paiban.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that at every moment either the old or the new content
 * is there in full: the bytes go to a temporary file in the same directory,
 * are forced to disk, and the temporary file is renamed over the target. The
 * previous content is kept as {@code NAME.bak}, itself written the same way.
 */
public final class AtomicFile {
    private AtomicFile() {}

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, stage -> { });
    }

    /** Points where a test may make the save fail, as a full disk or a crash would. */
    interface Faults {
        void at(String stage) throws IOException;
    }

    static void write(Path file, byte[] content, Faults faults) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException(target + ": the folder does not exist");
        if (Files.isDirectory(target)) throw new IOException(target + " is a folder, not a file");
        if (Files.exists(target)) {
            replace(backupOf(target), Files.readAllBytes(target), faults);
        }
        replace(target, content, faults);
        syncDirectory(dir);
    }

    private static void replace(Path target, byte[] content, Faults faults) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) ch.write(buf);
                faults.at("written " + target.getFileName());
                ch.force(true);
            }
            faults.at("before rename to " + target.getFileName());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Not possible on every platform (Windows); the rename is still atomic.
        }
    }
}
