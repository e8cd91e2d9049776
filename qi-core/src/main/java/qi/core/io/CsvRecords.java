package qi.core.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of a CSV text split into fields by FastCSV: the header, then the data records added
 * to a {@link Table} in blocks ({@link RecordBlock}), on the calling thread or, past the first
 * records of a long text, on a second thread that decodes and splits the text a block or two ahead
 * while the caller reads the cells of the block before: one core each.
 *
 * <p>Both ways give the same observations and the same errors. The second thread only splits text:
 * everything that depends on the order of the rows (the decimal separator, the kind of x the first
 * row sets, the rows kept for the end) stays with the caller, in the order of the rows. An error
 * met while splitting (text FastCSV cannot split, a line without a column read, a failing read)
 * ends the block, after the records before it, and is thrown when the caller reaches it: where the
 * reading on one thread throws it, with the same message. The thread ends before {@link
 * #addTo(Table, Columns, long, int)} returns or throws.
 */
final class CsvRecords {
  /** The longest field read, in chars: FastCSV's default, which bounds a quote never closed. */
  private static final int MAX_FIELD = 16 * 1024 * 1024;

  /**
   * FastCSV's message for text after a closing quote, which ends with the character in hex; the
   * character itself may be a line separator (U+2028), hence DOTALL.
   */
  private static final Pattern AFTER_QUOTE =
      Pattern.compile(
          "^Unexpected character after closing quote: .*\\(0x(\\p{XDigit}+)\\)$", Pattern.DOTALL);

  /**
   * The blocks in use at once on two threads: one being split, one waiting, one being read; a
   * fourth would only hold memory, since each thread works on one at a time.
   */
  private static final int BLOCKS = 3;

  private final String source;
  private final CsvFields record = new CsvFields();
  private final Iterator<CsvFields> records;
  private final List<String> header;

  /**
   * The records of the text of {@code in}, named {@code source} in messages, whose fields are
   * separated by {@code delimiter}; reads the header, the first record (empty when there is none).
   *
   * @throws InputException when the header cannot be read
   */
  CsvRecords(String source, char delimiter, Reader in) {
    this.source = source;
    this.records = tokenizer(delimiter).build(record, in).iterator();
    try {
      this.header = records.hasNext() ? records.next().fields() : List.of();
    } catch (RuntimeException e) {
      throw failure(e, List.of());
    }
  }

  /** The names of the header, as written (whitespace around them dropped). */
  List<String> header() {
    return header;
  }

  /** The line of the header, for messages about it. */
  long headerLine() {
    return record.line();
  }

  /**
   * FastCSV's reader, with the rules of the format qi first read with Commons CSV: {@code "}
   * quotes, whitespace around quotes dropped (the rest of the whitespace {@link CsvFields} drops),
   * empty lines skipped, and an error for a quote never closed or text after a closing quote. Rows
   * may have any number of fields: {@link #tooFewFields} names the column a short row lacks.
   */
  private static CsvReader.CsvReaderBuilder tokenizer(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .trimWhitespacesAroundQuotes(true)
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .maxBufferSize(MAX_FIELD);
  }

  /**
   * Adds the x, y, n and label cells of every data record to {@code table}, in order, in blocks of
   * at most {@code blockRecords} records: the first {@code pipelineAfter} records (or a block more)
   * on the calling thread, the rest split on a second thread. The header holds every column of
   * {@code columns}.
   *
   * @throws InputException for text that cannot be split or read, or a line that ends before a
   *     column read, at the first such record
   */
  void addTo(Table table, Columns columns, long pipelineAfter, int blockRecords) {
    // A selected column is named once (Header.requireColumns refuses a repeated one).
    String[] names = {columns.x(), columns.y(), columns.n(), columns.label()};
    int[] fields = new int[RecordBlock.CELLS];
    for (int k = 0; k < RecordBlock.CELLS; k++) {
      fields[k] = names[k] == null ? -1 : header.indexOf(names[k]);
    }
    RecordBlock block = new RecordBlock(blockRecords);
    long added = 0;
    boolean ended = false;
    while (!ended && added < pipelineAfter) {
      fill(block, names, fields);
      addBlock(block, table);
      added += block.size();
      ended = block.isLast();
    }
    if (!ended) {
      addOnSecondThread(table, names, fields, blockRecords);
    }
  }

  /**
   * Fills {@code block} with the next records, ending it at the end of the text or at the first
   * error met.
   */
  private void fill(RecordBlock block, String[] names, int[] fields) {
    int needed = 0;
    for (int field : fields) {
      needed = Math.max(needed, field + 1);
    }
    block.restart(record);
    try {
      while (!block.isFull(record)) {
        if (!records.hasNext()) {
          block.end(null);
          break;
        }
        records.next();
        if (record.size() < needed) {
          block.end(tooFewFields(names, fields));
          break;
        }
        block.add(record, fields);
      }
    } catch (RuntimeException e) {
      block.end(failure(e, header));
    }
    block.keep(record);
  }

  /** Adds the records of {@code block} to {@code table}, then throws the error that ended it. */
  private static void addBlock(RecordBlock block, Table table) {
    block.addTo(table);
    Throwable failure = block.failure();
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  /**
   * {@link #addTo} with a second thread splitting the text: blocks go to the caller through one
   * queue and come back empty through another.
   */
  private void addOnSecondThread(Table table, String[] names, int[] fields, int blockRecords) {
    BlockingQueue<RecordBlock> empty = new ArrayBlockingQueue<>(BLOCKS);
    BlockingQueue<RecordBlock> filled = new ArrayBlockingQueue<>(BLOCKS);
    for (int i = 0; i < BLOCKS; i++) {
      empty.add(new RecordBlock(blockRecords));
    }
    // a class, not a lambda: the class-data archive of bin/qi, made from small inputs, holds no
    // lambda of this path, and spinning one at run time costs more than loading a class
    Thread splitter = new Thread(new Splitter(empty, filled, names, fields), "qi-csv-split");
    splitter.setDaemon(true);
    splitter.start();
    boolean ended = false;
    try {
      RecordBlock block;
      do {
        block = filled.take();
        ended = block.isLast();
        addBlock(block, table);
        empty.add(block);
      } while (!ended);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(source + ": cannot be read (interrupted)", e);
    } finally {
      stop(splitter, ended);
    }
  }

  /** Fills the blocks of {@code empty} and hands them on in {@code filled}, until the last. */
  private final class Splitter implements Runnable {
    private final BlockingQueue<RecordBlock> empty;
    private final BlockingQueue<RecordBlock> filled;
    private final String[] names;
    private final int[] fields;

    Splitter(
        BlockingQueue<RecordBlock> empty,
        BlockingQueue<RecordBlock> filled,
        String[] names,
        int[] fields) {
      this.empty = empty;
      this.filled = filled;
      this.names = names;
      this.fields = fields;
    }

    @Override
    public void run() {
      try {
        RecordBlock block;
        do {
          block = empty.take();
          try {
            fill(block, names, fields);
          } catch (Throwable e) {
            block.end(e); // thrown on the caller's thread, which then stops
          }
          filled.add(block); // never full: it holds at most every block there is
        } while (!block.isLast());
      } catch (InterruptedException e) {
        // the caller stopped reading early: end
      }
    }
  }

  /**
   * Waits for the thread that splits the text to end, interrupting it first unless it has handed on
   * its last block: a thread waiting for an empty block then ends at once, one reading text ends
   * with its read (at once when the read can be interrupted, as a file's can).
   */
  private static void stop(Thread splitter, boolean ended) {
    if (!ended) {
      splitter.interrupt();
    }
    boolean interrupted = false;
    while (true) {
      try {
        splitter.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The error for what stopped FastCSV: text it cannot split, at the field being read when it
   * stopped, or a failing read; anything else as it is.
   */
  private RuntimeException failure(RuntimeException e, List<String> header) {
    if (e instanceof CsvParseException parse) {
      return malformed(header, parse);
    }
    if (e instanceof UncheckedIOException io) {
      return cannotRead(source, io.getCause());
    }
    return e;
  }

  /**
   * The error for text FastCSV cannot split, at the field being read when it stopped. FastCSV tells
   * the kinds apart only in its messages; those it gives are reworded as qi's.
   */
  private InputException malformed(List<String> header, CsvParseException e) {
    Throwable cause = e;
    while (cause.getCause() instanceof CsvParseException inner) {
      cause = inner;
    }
    String message = oneLine(cause.getMessage());
    Matcher afterQuote = AFTER_QUOTE.matcher(message);
    String problem;
    if (message.startsWith("Unclosed quoted field")) {
      problem = "quoted value not closed: no closing \" before the end of the file";
    } else if (message.startsWith("The maximum buffer size")) {
      problem = "value longer than " + MAX_FIELD + " characters; is a quote not closed?";
    } else if (afterQuote.find()) {
      problem =
          "\""
              + (char) Integer.parseInt(afterQuote.group(1), 16)
              + "\" after the closing quote; a quote inside a quoted value is written \"\"";
    } else {
      problem = message;
    }
    int field = record.size();
    String column =
        field < header.size() ? "\"" + header.get(field) + "\"" : String.valueOf(field + 1);
    return new InputException(
        source + ": line " + record.line() + ", column " + column + ": " + problem, e);
  }

  /** The error for a read that fails. */
  static InputException cannotRead(String source, IOException e) {
    return new InputException(source + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
  }

  /** The error for a line that ends before one of the columns read; names the first of them. */
  private InputException tooFewFields(String[] names, int[] fields) {
    int k = 0;
    while (fields[k] < record.size()) {
      k++;
    }
    return new InputException(
        source
            + ": line "
            + record.line()
            + ", column \""
            + names[k]
            + "\": missing; the line has "
            + record.size()
            + (record.size() == 1 ? " field" : " fields")
            + ", the header "
            + header.size());
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
