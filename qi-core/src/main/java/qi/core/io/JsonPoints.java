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
  private final byte[][] baselineIncluded;
  private final byte[] cl;
  private final byte[] lcl;
  private final byte[] ucl;
  private final byte[] lwl;
  private final byte[] uwl;
  private final byte[][] sigmaRunsSignal;
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

  // the fields that repeat from point to point, as formatted last (see RepeatedFields)
  private final RepeatedFields repeated = new RepeatedFields();
  private final Utf8Bytes limits = new Utf8Bytes();
  private final Utf8Bytes unsignalled = new Utf8Bytes();
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
    baselineIncluded = flags(comma, "baseline", "included");
    cl = name(comma, "cl");
    lcl = name(comma, "lcl");
    ucl = name(comma, "ucl");
    lwl = name(comma, "lwl");
    uwl = name(comma, "uwl");
    sigmaRunsSignal = flags(comma, "sigmaSignal", "runsSignal");
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
    string(bytes, t.x(i));
    number(bytes, y, 0, t.y(i));
    if (repeated.limitsChanged(t, i)) {
      limits.clear();
      number(limits, n, 1, t.n(i));
      limits.append(part).append(t.part(i));
      limits.append(baselineIncluded[flags(t.baseline(i), t.included(i))]);
      number(limits, cl, 2, t.cl(i));
      number(limits, lcl, 3, t.lcl(i));
      number(limits, ucl, 4, t.ucl(i));
      number(limits, lwl, 5, t.lwl(i));
      number(limits, uwl, 6, t.uwl(i));
    }
    bytes.append(limits.array(), 0, limits.length());
    if (t.signalled(i)) {
      signalsAndType(bytes, t, i);
    } else {
      if (repeated.unsignalledChanged(t, i)) {
        unsignalled.clear();
        signalsAndType(unsignalled, t, i);
      }
      bytes.append(unsignalled.array(), 0, unsignalled.length());
    }
    // CUSUM: cusumUpper, cusumLower; EWMA: ewma; other charts: none
    double upper = t.cusumUpper(i);
    if (!Double.isNaN(upper)) {
      number(bytes, cusumUpper, 8, upper);
      number(bytes, cusumLower, 9, t.cusumLower(i));
    }
    double smoothed = t.ewma(i);
    if (!Double.isNaN(smoothed)) {
      number(bytes, ewma, 10, smoothed);
    }
    bytes.append(close);
  }

  /** The fields from {@code sigmaSignal} to {@code pointType}. */
  private void signalsAndType(Utf8Bytes to, PointTable t, int i) {
    to.append(sigmaRunsSignal[flags(t.sigmaSignal(i), t.runsSignal(i))]);
    number(to, target, 7, t.target(i));
    to.append(signals).append((byte) '[');
    List<String> ids = t.signalled(i) ? t.signals(i) : List.of();
    for (int k = 0; k < ids.size(); k++) {
      to.append(k == 0 ? signalsFirst : signalsNext);
      string(to, ids.get(k));
    }
    to.append(signalsEnd);
    to.append(pointType).append(POINT_TYPES[t.pointType(i).ordinal()]);
  }

  private void number(Utf8Bytes to, byte[] name, int column, double value) {
    byte[] d = digits.of(column, value);
    to.append(name).append(d == null ? NULL : d);
  }

  private static void string(Utf8Bytes to, String text) {
    to.append((byte) '"');
    if (!to.appendPlain(text)) {
      to.append(JsonStringEncoder.getInstance().quoteAsUTF8(text));
    }
    to.append((byte) '"');
  }

  /** The facet's name as a JSON string, escaped once per facet rather than once per point. */
  private byte[] facetName(Facet f) {
    if (f != lastFacet) {
      Utf8Bytes name = new Utf8Bytes();
      string(name, f.name());
      lastFacet = f;
      lastFacetName = Arrays.copyOf(name.array(), name.length());
    }
    return lastFacetName;
  }

  /** {@code before}, the quoted name and the colon as Jackson writes them. */
  private byte[] name(String before, String name) {
    return ascii(text(before, name));
  }

  private String text(String before, String name) {
    return before + '"' + name + '"' + (pretty ? " : " : ":");
  }

  /**
   * Two boolean fields that follow each other, with their values, for each of the four pairs of
   * values in the order of {@link #flags(boolean, boolean)}: one copy instead of four.
   */
  private byte[][] flags(String comma, String first, String second) {
    byte[][] pairs = new byte[4][];
    for (int k = 0; k < 4; k++) {
      String a = (k & 2) != 0 ? "true" : "false";
      String b = (k & 1) != 0 ? "true" : "false";
      pairs[k] = ascii(text(comma, first) + a + text(comma, second) + b);
    }
    return pairs;
  }

  private static int flags(boolean first, boolean second) {
    return (first ? 2 : 0) + (second ? 1 : 0);
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
