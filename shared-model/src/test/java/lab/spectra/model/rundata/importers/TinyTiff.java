package lab.spectra.model.rundata.importers;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a small uncompressed 8-bit greyscale TIFF with whatever tags a test needs, so the SEM
 * importer can be tested against each microscope's way of recording the pixel size.
 */
final class TinyTiff {

    static final int WIDTH = 16;
    static final int HEIGHT = 12;

    private static final short ASCII = 2;
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;

    private final Map<Integer, byte[]> values = new TreeMap<>();
    private final Map<Integer, short[]> typeAndCount = new TreeMap<>();

    TinyTiff() {
        shortTag(256, WIDTH);
        shortTag(257, HEIGHT);
        shortTag(258, 8);
        shortTag(259, 1);
        shortTag(262, 1);
        longTag(273, 0); // strip offset, filled in by bytes()
        shortTag(277, 1);
        shortTag(278, HEIGHT);
        longTag(279, WIDTH * HEIGHT);
    }

    TinyTiff ascii(int tag, String text) {
        byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
        values.put(tag, bytes);
        typeAndCount.put(tag, new short[] {ASCII, (short) bytes.length});
        return this;
    }

    TinyTiff resolution(long numerator, long denominator, int unit) {
        rationalTag(282, numerator, denominator);
        rationalTag(283, numerator, denominator);
        shortTag(296, unit);
        return this;
    }

    private void shortTag(int tag, int value) {
        values.put(tag, le(2).putShort((short) value).array());
        typeAndCount.put(tag, new short[] {SHORT, 1});
    }

    private void longTag(int tag, int value) {
        values.put(tag, le(4).putInt(value).array());
        typeAndCount.put(tag, new short[] {LONG, 1});
    }

    private void rationalTag(int tag, long numerator, long denominator) {
        values.put(tag, le(8).putInt((int) numerator).putInt((int) denominator).array());
        typeAndCount.put(tag, new short[] {RATIONAL, 1});
    }

    byte[] bytes() {
        int count = values.size();
        int dataStart = 8 + 2 + 12 * count + 4;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer directory = le(2 + 12 * count + 4).putShort((short) count);
        int stripOffsetPosition = -1;
        for (Map.Entry<Integer, byte[]> entry : values.entrySet()) {
            short[] tc = typeAndCount.get(entry.getKey());
            directory.putShort(entry.getKey().shortValue()).putShort(tc[0]).putInt(Short.toUnsignedInt(tc[1]));
            byte[] value = entry.getValue();
            if (entry.getKey() == 273) {
                stripOffsetPosition = directory.position();
                directory.putInt(0);
            } else if (value.length <= 4) {
                directory.put(value).put(new byte[4 - value.length]);
            } else {
                if (data.size() % 2 == 1) {
                    data.write(0);
                }
                directory.putInt(dataStart + data.size());
                data.writeBytes(value);
            }
        }
        directory.putInt(0);
        if (data.size() % 2 == 1) {
            data.write(0);
        }
        directory.putInt(stripOffsetPosition, dataStart + data.size());
        byte[] pixels = new byte[WIDTH * HEIGHT];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (40 + (i * 7) % 180);
        }
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0});
        tiff.writeBytes(directory.array());
        tiff.writeBytes(data.toByteArray());
        tiff.writeBytes(pixels);
        return tiff.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
