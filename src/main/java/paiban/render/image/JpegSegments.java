package paiban.render.image;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Walks a JPEG's marker segments from SOI to the first scan, reading only what the caller asks for. */
final class JpegSegments {
    /** Takes one segment: its marker and the leading bytes asked for. */
    interface Visitor {
        void segment(int marker, byte[] head) throws IOException;
    }

    /** How many leading bytes of a segment to read (the rest is skipped). */
    interface Wanted {
        int bytes(int marker, int length);
    }

    private JpegSegments() {}

    /** False when the file does not start as a JPEG; an IOException names what is broken. */
    static boolean walk(Path file, Wanted wanted, Visitor visitor) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 8192)) {
            if (raw.read() != 0xFF || raw.read() != 0xD8) return false;
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                int b = in.readUnsignedByte();
                if (b != 0xFF) throw new IOException("broken JPEG: marker expected, found byte " + b);
                int marker = in.readUnsignedByte();
                while (marker == 0xFF) marker = in.readUnsignedByte(); // fill bytes
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue; // no length
                if (marker == 0xD9 || marker == 0xDA) return true; // end of image, start of scan
                int length = in.readUnsignedShort() - 2;
                if (length < 0) throw new IOException("broken JPEG: segment length " + (length + 2));
                byte[] head = new byte[Math.max(0, Math.min(length, wanted.bytes(marker, length)))];
                in.readFully(head);
                in.skipNBytes(length - head.length);
                visitor.segment(marker, head);
            }
        } catch (EOFException e) {
            throw new IOException("broken JPEG: the file ends inside its header");
        }
    }

    static boolean startsWith(byte[] data, String id) {
        if (data.length < id.length()) return false;
        for (int i = 0; i < id.length(); i++) if (data[i] != id.charAt(i)) return false;
        return true;
    }
}
