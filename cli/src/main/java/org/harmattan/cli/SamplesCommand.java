package org.harmattan.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.samples.SampleGenerator;
import org.harmattan.samples.SampleSpec;
import org.harmattan.samples.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "samples", description = "Generate synthetic bureau feeds with planted truth (deterministic for a seed).")
final class SamplesCommand extends HarmattanSubcommand {
  @Option(names = "--scale", paramLabel = "N", description = "Number of incidents (default: harmattan.samples.scale).")
  Long scale;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: harmattan.samples.seed).")
  Long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: harmattan.samples.dir).")
  Path outDir;

  @Option(names = "--first-month", paramLabel = "yyyy-MM", description = "First month (default ${DEFAULT-VALUE}).", defaultValue = "2023-11")
  YearMonth firstMonth;

  @Option(names = "--last-month", paramLabel = "yyyy-MM", description = "Last month (default ${DEFAULT-VALUE}).", defaultValue = "2026-10")
  YearMonth lastMonth;

  @Override
  int run(CliRuntime runtime) throws Exception {
    SampleSummary s = generate(runtime, scale, seed, outDir, firstMonth, lastMonth);
    ConsoleTable t = new ConsoleTable("feed", "records");
    for (Map.Entry<String, Long> e : s.recordsPerFeed().entrySet()) {
      t.row(e.getKey(), e.getValue());
    }
    t.print(out);
    out.printf("%,d incidents, %,d double reports, %,d planted bad records%n", s.incidents(), s.doubleReports(),
        s.plantedBadRecords());
    return ExitCodes.OK;
  }

  static SampleSummary generate(CliRuntime runtime, Long scale, Long seed, Path out, YearMonth first, YearMonth last)
      throws java.io.IOException {
    var c = runtime.config();
    Vocabulary vocabulary = Vocabulary.load(c.localPath(ConfigKeys.VOCABULARY));
    Path dir = out != null ? out : c.localPath(ConfigKeys.SAMPLES_DIR);
    long n = scale != null ? scale : c.getLong(ConfigKeys.SAMPLES_SCALE);
    long s = seed != null ? seed : c.getLong(ConfigKeys.SAMPLES_SEED);
    long t0 = System.currentTimeMillis();
    SampleSummary summary = new SampleGenerator(CountryBorders.loadDefault(vocabulary::alpha3ForNumeric))
        .generate(new SampleSpec(n, s, dir, first, last));
    System.out.printf("Generated samples in %s (scale %,d, seed %d) in %.1f s%n", dir, n, s,
        (System.currentTimeMillis() - t0) / 1000.0);
    return summary;
  }
}
