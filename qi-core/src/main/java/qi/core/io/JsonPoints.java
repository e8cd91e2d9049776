package qi.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import qi.core.result.Facet;
import qi.core.result.PointTable;
import qi.core.result.PointType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The point objects of qi's JSON contract, each built as UTF-8 bytes and handed to the generator as
 * one raw value: a million points are most of a document, and writing each of their twenty fields
 * through the generator (a name, then a value, each checked against the generator's state) cost
 * more than the analysis. The generator still places each object (the comma before it, the line
 * break of JSON Lines, the indentation of {@code --pretty}), and the bytes are those it would
 * write: names and layout as Jackson's, texts escaped by Jackson's {@link JsonStringEncoder} unless
 * they are plain ASCII, numbers by {@link Digits}. Points are formatted a block at a time ({@link
 * PointBlocks}): one instance per slot, in one thread's hands at a time.
 */
final class JsonPoints {
  private static final byte[][] POINT_TYPES =
      Arrays.stream(PointType.values())
          .map(type -> ascii('"' + type.id() + '"'))
          .toArray(byte[][]::new);
  private static final byte[] NULL = ascii("null");
  private static final byte[] TRUE = ascii("true");
  private static final byte[] FALSE = ascii("false");
  private static final byte[] NONE = {};

  private final boolean pretty;
  private final byte[] close;
  // Each name with what comes before it (the comma or the opening brace, and the indentation) and
  // after it (the colon), so that a field costs two copies: its name and its value.
  private final byte[] openType;
  private final byte[] openFacet;
  private final byte[] openIndex;
  private final byte[] facet;
  private final byte[] index;
  private final byte[] x;
  private final byte[] y;
  private final byte[] n;
  private final byte[] part;
  private final byte[] baseline;
  private final byte[] included;
  private final byte[] cl;
  private final byte[] lcl;
  private final byte[] ucl;
  private final byte[] lwl;
  private final byte[] uwl;
  private final byte[] sigmaSignal;
  private final byte[] runsSignal;
  private final byte[] target;
  private final byte[] signals;
  private final byte[] pointType;
  private final byte[] cusumUpper;
  private final byte[] cusumLower;
  private final byte[] ewma;
  private final byte[] signalsFirst;
  private final byte[] signalsNext;
  private final byte[] signalsEnd;

  private final byte[] typeName;
  private final Digits digits = new Digits(11, '.');
  private final Utf8Bytes bytes = new Utf8Bytes();
  private final RawValue raw = new RawValue(bytes);
  private final int[] ends = new int[PointBlocks.POINTS];
  private int count;
  private Facet lastFacet;
  private byte[] lastFacetName;

  /**
   * Points laid out compactly, or as Jackson's default pretty printer lays out an object inside the
   * array {@code points} of the document (fields indented by four spaces, the closing brace by
   * two); {@code typeName}, when not null, comes first as {@code "type"} (JSON Lines).
   */
  JsonPoints(boolean pretty, String typeName) {
    this.pretty = pretty;
    this.typeName = typeName == null ? null : ascii('"' + typeName + '"');
    String indent = pretty ? "\n    " : "";
    close = ascii(pretty ? "\n  }" : "}");
    openType = name("{" + indent, "type");
    openFacet = name("{" + indent, "facet");
    openIndex = name("{" + indent, "index");
    String comma = "," + indent;
    facet = name(comma, "facet");
    index = name(comma, "index");
    x = name(comma, "x");
    y = name(comma, "y");
    n = name(comma, "n");
    part = name(comma, "part");
    baseline = name(comma, "baseline");
    included = name(comma, "included");
    cl = name(comma, "cl");
    lcl = name(comma, "lcl");
    ucl = name(comma, "ucl");
    lwl = name(comma, "lwl");
    uwl = name(comma, "uwl");
    sigmaSignal = name(comma, "sigmaSignal");
    runsSignal = name(comma, "runsSignal");
    target = name(comma, "target");
    signals = name(comma, "signals");
    pointType = name(comma, "pointType");
    cusumUpper = name(comma, "cusumUpper");
    cusumLower = name(comma, "cusumLower");
    ewma = name(comma, "ewma");
    signalsFirst = pretty ? ascii(" ") : NONE;
    signalsNext = ascii(pretty ? ", " : ",");
    signalsEnd = ascii(pretty ? " ]" : "]");
  }

  /** Formats the points of {@code block}, one after the other, for {@link #writeTo}. */
  void format(PointBlocks.Block block) {
    bytes.clear();
    count = 0;
    for (PointBlocks.Part part : block.parts()) {
      for (int i = part.from(); i < part.to(); i++) {
        point(part.facet(), part.points(), i);
        ends[count++] = bytes.length();
      }
    }
  }

  /** Writes the points formatted last, each as the generator's next value. */
  void writeTo(JsonGenerator g) {
    int from = 0;
    for (int k = 0; k < count; k++) {
      raw.slice(from, ends[k]);
      g.writeRawValue(raw);
      from = ends[k];
    }
  }

  /** Point i of {@code t}: {@code "type"} first when there is one, then {@code facet} if named. */
  private void point(Facet f, PointTable t, int i) {
    if (typeName != null) {
      bytes.append(openType).append(typeName);
      if (f.name() != null) {
        bytes.append(facet).append(facetName(f));
      }
      bytes.append(index);
    } else if (f.name() != null) {
      bytes.append(openFacet).append(facetName(f)).append(index);
    } else {
      bytes.append(openIndex);
    }
    bytes.append(i + 1).append(x);
    string(t.x(i));
    number(y, 0, t.y(i));
    number(n, 1, t.n(i));
    bytes.append(part).append(t.part(i));
    bytes.append(baseline).append(bool(t.baseline(i)));
    bytes.append(included).append(bool(t.included(i)));
    number(cl, 2, t.cl(i));
    number(lcl, 3, t.lcl(i));
    number(ucl, 4, t.ucl(i));
    number(lwl, 5, t.lwl(i));
    number(uwl, 6, t.uwl(i));
    bytes.append(sigmaSignal).append(bool(t.sigmaSignal(i)));
    bytes.append(runsSignal).append(bool(t.runsSignal(i)));
    number(target, 7, t.target(i));
    bytes.append(signals);
    signals(t.signalled(i) ? t.signals(i) : List.of());
    bytes.append(pointType).append(POINT_TYPES[t.pointType(i).ordinal()]);
    // CUSUM: cusumUpper, cusumLower; EWMA: ewma; other charts: none
    double upper = t.cusumUpper(i);
    if (!Double.isNaN(upper)) {
      number(cusumUpper, 8, upper);
      number(cusumLower, 9, t.cusumLower(i));
    }
    double smoothed = t.ewma(i);
    if (!Double.isNaN(smoothed)) {
      number(ewma, 10, smoothed);
    }
    bytes.append(close);
  }

  /** {@code ["a","b"]}; pretty {@code [ "a", "b" ]}, and {@code [ ]} when empty. */
  private void signals(List<String> ids) {
    bytes.append((byte) '[');
    for (int i = 0; i < ids.size(); i++) {
      bytes.append(i == 0 ? signalsFirst : signalsNext);
      string(ids.get(i));
    }
    bytes.append(signalsEnd);
  }

  private void number(byte[] name, int column, double value) {
    byte[] d = digits.of(column, value);
    bytes.append(name).append(d == null ? NULL : d);
  }

  private void string(String text) {
    bytes.append((byte) '"');
    if (!bytes.appendPlain(text)) {
      bytes.append(JsonStringEncoder.getInstance().quoteAsUTF8(text));
    }
    bytes.append((byte) '"');
  }

  /** The facet's name as a JSON string, escaped once per facet rather than once per point. */
  private byte[] facetName(Facet f) {
    if (f != lastFacet) {
      Utf8Bytes name = new Utf8Bytes();
      name.append((byte) '"');
      if (!name.appendPlain(f.name())) {
        name.append(JsonStringEncoder.getInstance().quoteAsUTF8(f.name()));
      }
      name.append((byte) '"');
      lastFacet = f;
      lastFacetName = Arrays.copyOf(name.array(), name.length());
    }
    return lastFacetName;
  }

  /** {@code before}, the quoted name and the colon as Jackson writes them. */
  private byte[] name(String before, String name) {
    return ascii(before + '"' + name + '"' + (pretty ? " : " : ":"));
  }

  private static byte[] bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The bytes of one point as Jackson's raw value: the byte generator copies them into its buffer
   * ({@link #appendUnquotedUTF8}), the character generator takes them as text ({@link #getValue}).
   * Never quoted: a raw value is written as it is.
   */
  private static final class RawValue implements SerializableString {
    private final Utf8Bytes bytes;
    private int from;
    private int length;

    RawValue(Utf8Bytes bytes) {
      this.bytes = bytes;
    }

    /** The value is the bytes {@code [from, to)}. */
    void slice(int from, int to) {
      this.from = from;
      this.length = to - from;
    }

    @Override
    public String getValue() {
      return new String(bytes.array(), from, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return Arrays.copyOfRange(bytes.array(), from, from + length);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes.array(), from, buffer, offset, length);
      return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      String value = getValue();
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(bytes.array(), from, length);
      return length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      if (buffer.remaining() < length) {
        return -1;
      }
      buffer.put(bytes.array(), from, length);
      return length;
    }

    @Override
    public char[] asQuotedChars() {
      throw quoted();
    }

    @Override
    public byte[] asQuotedUTF8() {
      throw quoted();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      throw quoted();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      throw quoted();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) {
      throw quoted();
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      throw quoted();
    }

    private static UnsupportedOperationException quoted() {
      return new UnsupportedOperationException("a raw JSON value is never quoted");
    }
  }
}
