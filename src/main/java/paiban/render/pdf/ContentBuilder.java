package paiban.render.pdf;

import java.util.Arrays;

/**
 * The bytes of one content stream, written straight as ASCII. Lengths come
 * in as layout millipoints and leave as points with at most three decimals,
 * so no floating-point formatting sits on the hot path of 10,000 glyphs.
 */
final class ContentBuilder {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buf = new byte[64 * 1024];
    private int len;

    private void ensure(int extra) {
        if (len + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }

    ContentBuilder op(String operator) {
        ensure(operator.length() + 1);
        for (int i = 0; i < operator.length(); i++) buf[len++] = (byte) operator.charAt(i);
        buf[len++] = '\n';
        return this;
    }

    ContentBuilder raw(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) buf[len++] = (byte) ascii.charAt(i);
        return this;
    }

    ContentBuilder name(String name) {
        ensure(name.length() + 2);
        buf[len++] = '/';
        for (int i = 0; i < name.length(); i++) buf[len++] = (byte) name.charAt(i);
        buf[len++] = ' ';
        return this;
    }

    /** A length in millipoints written as points, followed by a space. */
    ContentBuilder mpt(long v) {
        ensure(24);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        writeLong(v / 1000);
        int frac = (int) (v % 1000);
        if (frac != 0) {
            buf[len++] = '.';
            int d = 100;
            while (frac != 0) {
                buf[len++] = (byte) ('0' + frac / d);
                frac %= d;
                d /= 10;
            }
        }
        buf[len++] = ' ';
        return this;
    }

    /** A real number with at most three decimals, followed by a space. */
    ContentBuilder num(double v) {
        return mpt(Math.round(v * 1000));
    }

    /** A fraction 0..100 percent written as 0..1, followed by a space. */
    ContentBuilder percent(int p) {
        return mpt(p * 10L);
    }

    ContentBuilder integer(long v) {
        ensure(21);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        writeLong(v);
        buf[len++] = ' ';
        return this;
    }

    private void writeLong(long v) {
        if (v == 0) {
            buf[len++] = '0';
            return;
        }
        int start = len;
        while (v > 0) {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    ContentBuilder beginHex() {
        ensure(1);
        buf[len++] = '<';
        return this;
    }

    /** One two-byte code inside a hex string. */
    ContentBuilder hex16(int code) {
        ensure(4);
        buf[len++] = HEX[(code >> 12) & 0xF];
        buf[len++] = HEX[(code >> 8) & 0xF];
        buf[len++] = HEX[(code >> 4) & 0xF];
        buf[len++] = HEX[code & 0xF];
        return this;
    }

    ContentBuilder endHex() {
        ensure(1);
        buf[len++] = '>';
        return this;
    }

    ContentBuilder ch(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    int length() { return len; }

    byte[] toByteArray() { return Arrays.copyOf(buf, len); }
}
