package qi.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for opaque RGB images (8 bits per channel, Sub filter, zlib): several times
 * faster than ImageIO's, whose writer copies pixel by pixel through a generic raster path. Follows
 * the PNG specification (ISO/IEC 15948:2004): signature, IHDR, one IDAT, IEND.
 */
final class Png {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

  private Png() {}

  /** The image, of type {@link BufferedImage#TYPE_INT_RGB}, as PNG bytes. */
  static byte[] encode(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    try {
      ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4);
      Deflater deflater = new Deflater(6);
      try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
        byte[] row = new byte[1 + 3 * w];
        row[0] = 1; // filter type Sub: each byte minus the byte 3 to its left
        for (int y = 0; y < h; y++) {
          int pr = 0;
          int pg = 0;
          int pb = 0;
          int offset = y * w;
          for (int x = 0, i = 1; x < w; x++) {
            int p = pixels[offset + x];
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            row[i++] = (byte) (r - pr);
            row[i++] = (byte) (g - pg);
            row[i++] = (byte) (b - pb);
            pr = r;
            pg = g;
            pb = b;
          }
          z.write(row);
        }
      } finally {
        deflater.end();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
      DataOutputStream data = new DataOutputStream(out);
      data.write(SIGNATURE);
      ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
      DataOutputStream header = new DataOutputStream(ihdr);
      header.writeInt(w);
      header.writeInt(h);
      header.writeByte(8); // bit depth
      header.writeByte(2); // colour type: RGB
      header.writeByte(0); // compression: deflate
      header.writeByte(0); // filter method
      header.writeByte(0); // no interlace
      chunk(data, "IHDR", ihdr.toByteArray());
      chunk(data, "IDAT", idat.toByteArray());
      chunk(data, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeInt(body.length);
    out.write(name);
    out.write(body);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body);
    out.writeInt((int) crc.getValue());
  }
}
