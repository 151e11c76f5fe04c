package org.harmattan.jobs.reference;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures every log line (INFO and above, all loggers) written while it is open. The appenders
 * already on the root logger keep their level, so the console is not flooded meanwhile.
 */
final class LogCapture implements AutoCloseable {
  private final StringWriter text = new StringWriter();
  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
  private final WriterAppender appender;
  private final Level rootLevel;
  private final java.util.Map<String, org.apache.logging.log4j.core.Appender> others;

  LogCapture() {
    Configuration config = context.getConfiguration();
    appender = WriterAppender.newBuilder().setName("capture-" + System.nanoTime()).setTarget(text)
        .setLayout(PatternLayout.newBuilder().withPattern("%p %c: %m%n%throwable").build()).build();
    appender.start();
    config.addAppender(appender);
    LoggerConfig root = config.getRootLogger();
    rootLevel = root.getLevel();
    others = new java.util.LinkedHashMap<>(root.getAppenders());
    for (org.apache.logging.log4j.core.Appender a : others.values()) {
      root.removeAppender(a.getName());
      root.addAppender(a, rootLevel, null);
    }
    root.addAppender(appender, Level.INFO, null);
    root.setLevel(Level.INFO);
    context.updateLoggers();
  }

  String text() {
    return text.toString();
  }

  @Override
  public void close() {
    LoggerConfig root = context.getConfiguration().getRootLogger();
    root.removeAppender(appender.getName());
    for (org.apache.logging.log4j.core.Appender a : others.values()) {
      root.removeAppender(a.getName());
      root.addAppender(a, null, null);
    }
    root.setLevel(rootLevel);
    context.updateLoggers();
    appender.stop();
  }
}
