package org.harmattan.jobs.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over records produced one at a time from a stream; {@link #computeNext()} returns null at the end. */
abstract class LookaheadIterator<T> implements Iterator<T> {
  private T next;
  private boolean done;

  /** The next element, or null when there is none. */
  protected abstract T computeNext() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = computeNext();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T r = next;
    next = null;
    return r;
  }
}
