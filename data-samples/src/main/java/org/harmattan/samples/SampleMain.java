package org.harmattan.samples;

import java.nio.file.Path;
import org.harmattan.core.geo.CountryBorders;

/**
 * Regenerates a sample without the CLI: {@code SampleMain <scale> <seed> <outDir>}. Prints the
 * summary and the elapsed time (used to measure the 1M-incident timing in docs/samples.md).
 */
public final class SampleMain {
  private SampleMain() {}

  public static void main(String[] args) throws Exception {
    long scale = args.length > 0 ? Long.parseLong(args[0]) : 8000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SampleSpec.DEFAULT_SEED;
    Path out = Path.of(args.length > 2 ? args[2] : "data-samples");
    long t0 = System.nanoTime();
    CountryBorders borders = Borders.load();
    long t1 = System.nanoTime();
    SampleSummary s = new SampleGenerator(borders).generate(SampleSpec.of(scale, seed, out));
    long t2 = System.nanoTime();
    System.out.println(s);
    System.out.printf("borders %.1f s, generation %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
