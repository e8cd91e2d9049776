package qi.core.io;

/**
 * A block of data records of a CSV text as {@link CsvRecords} hands them on: the characters of up
 * to {@link #RECORDS} records, the line each starts on and where its x, y, n and label cells are;
 * then, once the text ends or cannot be read further, whether it ended and the error that stopped
 * it, in its place after the records. Its arrays are reused from block to block.
 */
final class RecordBlock {
  /**
   * The most records of a block, unless a test asks for fewer: about 60 blocks for a million rows,
   * so that the hand-overs between the threads, each of which may wait for a core on a busy
   * machine, are few, and the caller waits for one block (about 1.5 ms of splitting) at the start.
   */
  static final int RECORDS = 1 << 14;

  /** A block takes no more records once its characters reach this many. */
  private static final int CHARS = 1 << 18;

  /** The cells read of a record: x, y, n and label, as {@link Table#add} takes them. */
  static final int CELLS = 4;

  private final int capacity;
  private char[] chars = new char[1024];
  private final long[] lines;
  private final int[] from;
  private final int[] to;
  private int size;
  private boolean last;
  private Throwable failure;

  /** A block of at most {@code capacity} records. */
  RecordBlock(int capacity) {
    this.capacity = capacity;
    lines = new long[capacity];
    from = new int[capacity * CELLS];
    to = new int[capacity * CELLS];
  }

  /** Empties the block and has {@code record} append the next records to its characters. */
  void restart(CsvFields record) {
    size = 0;
    last = false;
    failure = null;
    record.restart(chars);
  }

  /** Whether the block takes no more records. */
  boolean isFull(CsvFields record) {
    return size == capacity || record.length() >= CHARS;
  }

  /**
   * Adds the record read last, whose cells are its fields {@code fields[k]} ({@code -1} for a cell
   * not read).
   */
  void add(CsvFields record, int[] fields) {
    lines[size] = record.line();
    int at = size * CELLS;
    for (int k = 0; k < CELLS; k++) {
      from[at + k] = fields[k] < 0 ? -1 : record.start(fields[k]);
      to[at + k] = fields[k] < 0 ? -1 : record.end(fields[k]);
    }
    size++;
  }

  /** Ends the block with the last records of the text, or with the error that stopped reading. */
  void end(Throwable failure) {
    this.last = true;
    this.failure = failure;
  }

  /** Takes back the characters {@code record} appended, which may have outgrown the block's. */
  void keep(CsvFields record) {
    chars = record.chars();
  }

  int size() {
    return size;
  }

  /** Whether no block follows: the text ended, or {@link #failure} stopped it. */
  boolean isLast() {
    return last;
  }

  /**
   * The error to throw after the records of the block, or null: an {@link InputException}, or
   * whatever else stopped the thread that read them.
   */
  Throwable failure() {
    return failure;
  }

  /** Adds the records of the block to {@code table}, in order. */
  void addTo(Table table) {
    for (int r = 0; r < size; r++) {
      table.add(lines[r], chars, from, to, r * CELLS);
    }
  }
}
