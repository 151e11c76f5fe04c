package org.harmattan.samples;

import static org.harmattan.samples.ReferenceBadReason.CANCELLATION_BEFORE_ISSUE;
import static org.harmattan.samples.ReferenceBadReason.EXPIRY_BEFORE_ISSUE;
import static org.harmattan.samples.ReferenceBadReason.ISSUED_AFTER_REPORTED;
import static org.harmattan.samples.ReferenceBadReason.UNKNOWN_PERSON_REFERENCE;
import static org.harmattan.samples.ReferenceBadReason.position;
import static org.harmattan.samples.ReferenceModel.EGY;
import static org.harmattan.samples.ReferenceModel.FEED_COUNTRY;
import static org.harmattan.samples.ReferenceModel.I247;
import static org.harmattan.samples.ReferenceModel.K_BAD;
import static org.harmattan.samples.ReferenceModel.K_NAME;
import static org.harmattan.samples.ReferenceModel.MAR;
import static org.harmattan.samples.ReferenceModel.PERSON_FEEDS;
import static org.harmattan.samples.ReferenceModel.documentNumber;
import static org.harmattan.samples.ReferenceModel.offence;
import static org.harmattan.samples.ReferenceModel.personRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.harmattan.samples.ReferenceModel.Copy;
import org.harmattan.samples.ReferenceModel.Document;
import org.harmattan.samples.ReferenceModel.Notice;
import org.harmattan.samples.ReferenceModel.Person;
import org.harmattan.samples.ReferenceModel.Warrant;

/**
 * Writes the reference feeds (persons, notices, warrants, travel documents, requests between NCBs,
 * database queries) and their planted truth, streaming the entities of a {@link ReferenceModel}
 * one at a time and planting impossible records among them.
 */
final class ReferenceGenerator {
  /** A planted bad record: which feed, which of its files, and why it is impossible. */
  private record BadPlan(String feed, String file, ReferenceBadReason reason) {}

  // Bad records: two of each reason per file that can carry it, spread evenly through the stream.
  private static final List<BadPlan> PERSON_LOOP_BAD = new ArrayList<>();
  private static final List<BadPlan> DOC_LOOP_BAD = new ArrayList<>();

  static {
    for (int rep = 0; rep < 2; rep++) {
      for (String f : PERSON_FEEDS) {
        PERSON_LOOP_BAD.add(new BadPlan(f, "notices", CANCELLATION_BEFORE_ISSUE));
        PERSON_LOOP_BAD.add(new BadPlan(f, "notices", UNKNOWN_PERSON_REFERENCE));
        PERSON_LOOP_BAD.add(new BadPlan(f, "warrants", EXPIRY_BEFORE_ISSUE));
        PERSON_LOOP_BAD.add(new BadPlan(f, "warrants", UNKNOWN_PERSON_REFERENCE));
      }
      for (String f : List.of(MAR, EGY, I247)) {
        DOC_LOOP_BAD.add(new BadPlan(f, "travel_documents", EXPIRY_BEFORE_ISSUE));
        DOC_LOOP_BAD.add(new BadPlan(f, "travel_documents", ISSUED_AFTER_REPORTED));
      }
    }
  }

  private final SampleSpec spec;
  private final ReferenceModel model;
  private final LocalDate today;
  private final long persons;
  private final long documents;
  private ReferenceTruth truth;
  private ReferenceFeedFiles files;

  ReferenceGenerator(SampleSpec spec) {
    this.spec = spec;
    this.model = new ReferenceModel(spec);
    this.today = model.today;
    this.persons = model.persons;
    this.documents = model.documents;
  }

  /** Writes every reference feed and its truth; returns records per "feed/entity". */
  Map<String, Long> write(GroupLinks links) throws IOException {
    Path out = spec.outDir();
    truth = new ReferenceTruth(out.resolve("truth"));
    Map<String, Long> counts = new TreeMap<>();
    try {
      files = new ReferenceFeedFiles(out, truth);
      RefFile requestsFile = new RefFile(out, "reference/" + I247 + "/requests.csv", ',', List.of("request_ref", "from_bureau",
          "to_bureau", "request_type", "priority", "sent_at", "answered_at", "status"));
      RefFile queriesFile = new RefFile(out, "reference/" + I247 + "/db_queries.csv", ',', List.of("query_ref", "bureau",
          "database", "timestamp", "hit", "matched_ref"));
      writePersons();
      writeDocuments();
      ReferenceActivity activity = new ReferenceActivity(spec, model, truth);
      activity.writeRequests(requestsFile);
      activity.writeQueries(queriesFile);
      requestsFile.close();
      queriesFile.close();
      counts.put(I247 + "/requests", requestsFile.records());
      counts.put(I247 + "/db_queries", queriesFile.records());
      files.close(counts);
    } finally {
      truth.close();
    }
    return counts;
  }

  private void writePersons() throws IOException {
    int nextBad = 0;
    for (long id = 0; id < persons; id++) {
      Person p = model.person(id);
      writePerson(p);
      while (nextBad < PERSON_LOOP_BAD.size() && position(nextBad, PERSON_LOOP_BAD.size(), persons) == id) {
        writeBadPersonRecord(nextBad, PERSON_LOOP_BAD.get(nextBad));
        nextBad++;
      }
    }
  }

  /** The person in each feed that knows them, then their warrants and notices, and what the truth expects of them. */
  private void writePerson(Person p) throws IOException {
    SplittableRandom r = model.rnd(K_NAME, p.id());
    files.writePerson(p, r);
    for (Warrant w : p.warrants()) {
      files.writeWarrant(w, personRef(w.feed(), p.id()), r);
      if (w.expiry().isAfter(today) && !w.expiry().isAfter(today.plusDays(30))) {
        truth.expiring.row("warrant", w.feed(), w.ref(), w.expiry());
      }
    }
    for (Notice n : p.notices()) {
      for (Copy c : n.copies()) {
        files.writeNotice(n, c, personRef(c.feed(), p.id()), r);
        if (c.active() && n.validUntil().isAfter(today) && !n.validUntil().isAfter(today.plusDays(30))) {
          truth.expiring.row("notice", c.feed(), n.ref(), n.validUntil());
        }
      }
      boolean anyActive = n.copies().stream().anyMatch(Copy::active);
      if (n.warrant() != null && anyActive && n.warrant().expiry().isBefore(today)) {
        truth.expiredWarrant.row(n.ref(), n.warrant().ref(), n.warrant().feed(), n.warrant().expiry());
      }
      if (n.copies().size() == 2 && n.copies().get(0).active() != n.copies().get(1).active()) {
        Copy a = n.copies().get(0).active() ? n.copies().get(0) : n.copies().get(1);
        Copy c = n.copies().get(0).active() ? n.copies().get(1) : n.copies().get(0);
        truth.conflicts.row(n.ref(), a.feed(), c.feed(), c.cancelled());
      }
    }
  }

  private void writeBadPersonRecord(int k, BadPlan plan) throws IOException {
    SplittableRandom r = model.rnd(K_BAD, k);
    String feed = plan.feed();
    ReferenceBadReason reason = plan.reason();
    String country = FEED_COUNTRY.get(feed);
    long seq = (persons + 10 + k) * 4;
    // A person reference that no person record of the feed carries, or one that exists.
    long pid = reason == UNKNOWN_PERSON_REFERENCE ? persons + 1000 + k : r.nextInt((int) persons);
    String personRef = personRef(feed, pid);
    if (reason != UNKNOWN_PERSON_REFERENCE && !model.person(pid).feeds().contains(feed)) {
      // Find a person the feed knows.
      for (long j = 0; j < persons; j++) {
        if (model.person((pid + j) % persons).feeds().contains(feed)) {
          personRef = personRef(feed, (pid + j) % persons);
          break;
        }
      }
    }
    LocalDate issued = today.minusYears(4).plusDays(r.nextInt(1000));
    if (plan.file().equals("notices")) {
      String type = List.of("blue", "yellow", "green", "purple").get(r.nextInt(4));
      Category offence = type.equals("yellow") ? null : offence(r);
      boolean cancelled = reason == CANCELLATION_BEFORE_ISSUE;
      LocalDate cancel = cancelled ? issued.minusDays(1 + r.nextInt(300)) : null;
      String ref = String.format("A-%d/%d-%d", seq + 1, issued.getMonthValue(), issued.getYear());
      Notice n = new Notice(seq, ref, type, country, offence, issued, issued.plusYears(5).minusDays(1), null,
          List.of(new Copy(feed, !cancelled, cancel)));
      long line = files.writeNotice(n, n.copies().get(0), personRef, r);
      truth.badRecord(feed, files.notices(feed), line, reason);
    } else {
      LocalDate expiry = reason == EXPIRY_BEFORE_ISSUE ? issued.minusDays(1 + r.nextInt(400))
          : issued.plusYears(5).plusDays(40 + r.nextInt(200));
      Warrant w = model.warrant(seq, feed, country, offence(r), issued, expiry, r);
      long line = files.writeWarrant(w, personRef, r);
      truth.badRecord(feed, files.warrants(feed), line, reason);
    }
  }

  private void writeDocuments() throws IOException {
    int nextBad = 0;
    for (long i = 0; i < documents; i++) {
      Document d = model.document(i);
      files.writeDocument(d);
      if (d.expiry().isAfter(today) && !d.expiry().isAfter(today.plusDays(30))) {
        truth.expiring.row("travel_document", d.feed(), d.number(), d.expiry());
      }
      while (nextBad < DOC_LOOP_BAD.size() && position(nextBad, DOC_LOOP_BAD.size(), documents) == i) {
        BadPlan plan = DOC_LOOP_BAD.get(nextBad);
        SplittableRandom r = model.rnd(K_BAD, 1000 + nextBad);
        String issuing = plan.feed().equals(MAR) ? "MAR" : plan.feed().equals(EGY) ? "EGY" : Bureaus.ALL.get(1 + r.nextInt(3));
        long index = documents + nextBad;
        LocalDate reported = today.minusDays(250 + r.nextInt(1500));
        LocalDate issued;
        LocalDate expiry;
        if (plan.reason() == ISSUED_AFTER_REPORTED) {
          issued = reported.plusDays(1 + r.nextInt(200));
          expiry = issued.plusYears(10).minusDays(1);
        } else {
          issued = reported.minusDays(100 + r.nextInt(1000));
          expiry = issued.minusDays(1 + r.nextInt(3000));
        }
        Document bad = new Document(index, documentNumber(issuing, "PASSPORT", index, r), "PASSPORT", issuing, plan.feed(), issued,
            expiry, reported, "STOLEN");
        long line = files.writeDocument(bad);
        truth.badRecord(plan.feed(), files.documents(plan.feed()), line, plan.reason());
        nextBad++;
      }
    }
  }
}
