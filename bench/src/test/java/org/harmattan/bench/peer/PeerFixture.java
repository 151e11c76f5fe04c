package org.harmattan.bench.peer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmattan.core.testing.SharedSpark;

/**
 * Two tiny feeds written the way bureaus write them (a French ';' CSV with BOM, decimal commas and a
 * multi-line narrative; Arabic JSON Lines with Arabic-Indic digits), each record good or spoilt in
 * exactly one way, and the record ids the peers must keep.
 */
final class PeerFixture {
  static final String TODAY = "2026-11-15";
  /** Good records: every other record is spoilt once, or shares its id with another record. */
  static final List<String> KEPT = List.of("PV-1", "PV-12", "PV-13", "PV-15", "SD-1", "SD-2");

  private PeerFixture() {}

  static PeerJob job(Path dir, Path out) throws IOException {
    Path csv = dir.resolve("fr/2026-10.csv");
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, "\uFEFFN° PV;Date;Infraction;Quantité;Unité;Latitude;Longitude;Récit\n"
        + "PV-1;08/10/2026;Trafic de stupéfiants;12,5;kg;25,17;-14,75;saisie\n"
        + "PV-2;inconnue;Trafic de stupéfiants;1;kg;25,17;-14,75;date illisible\n"
        + "PV-3;08/10/2029;Trafic de stupéfiants;1;kg;25,17;-14,75;date future\n"
        + "PV-4;08/10/1995;Trafic de stupéfiants;1;kg;25,17;-14,75;date ancienne\n"
        + "PV-5;08/10/2026;Trafic de stupéfiants;1;kg;N/A;-14,75;coordonnée\n"
        + "PV-6;08/10/2026;Trafic de stupéfiants;1;kg;95,0;-14,75;latitude\n"
        + "PV-7;08/10/2026;Vol de bétail;1;kg;25,17;-14,75;catégorie\n"
        + "PV-8;08/10/2026;Trafic de stupéfiants;1;sacs;25,17;-14,75;unité\n"
        + "PV-9;08/10/2026;Trafic de stupéfiants;-3;kg;25,17;-14,75;négatif\n"
        + "PV-10;08/10/2026;Trafic de stupéfiants;12,5kg;;25,17;-14,75;nombre\n"
        + "PV-11;08/10/2026;Trafic de stupéfiants;1;kg;25,17;-14,75;premier\n"
        + "PV-11;09/10/2026;Trafic d'armes;2;kg;27,17;-13,75;doublon\n"
        + "PV-12;01/10/2026;  TRAFIC D\u2019ARMES ;3;pièces;34,68;-1,91;casse et espaces\n"
        + "PV-13;31/10/2026;Trafic de migrants;40;personnes;20,94;-17,04;\"récit sur\ndeux lignes; avec \"\"guillemets\"\"\"\n"
        + "PV-14;08/10/2026;Trafic de stupéfiants;1;kg;25,17;-14,75\n"
        + "PV-15;02/10/2026;Attaque terroriste;;;16,27;-0,04;sans quantité\n", StandardCharsets.UTF_8);
    Path jsonl = dir.resolve("ar/2026-10.jsonl");
    Files.createDirectories(jsonl.getParent());
    Files.writeString(jsonl, ""
        + "{\"report_no\":\"SD-1\",\"date\":\"\u0662\u0660\u0662\u0666/\u0661\u0660/\u0660\u0669\",\"category\":\"تهريب الأسلحة\","
        + "\"quantity\":\"\u0663\u0669\",\"unit\":\"قطعة\",\"latitude\":17.23232,\"longitude\":31.71228}\n"
        + "{\"report_no\":\"SD-2\",\"date\":\"2026/10/10\",\"category\":\"أسلحة\",\"quantity\":\"\u0661\u066b\u0665\","
        + "\"unit\":\"كغ\",\"latitude\":15.5,\"longitude\":32.56}\n"
        + "{\"report_no\":\"SD-3\",\"date\":\"2026/10/11\",\"category\":\"أسلحة\",\"quantity\":\"1\"\n", StandardCharsets.UTF_8);
    Synonyms s = Synonyms.load(SharedSpark.projectHome().resolve("conf/vocabulary.conf"));
    PeerFeed fr = new PeerFeed("fr", "csv", List.of(dir.resolve("fr/*.csv").toString()), "UTF-8", ";", true,
        "dd/MM/yyyy", "2000-01-01", "N° PV", "Date", "Infraction", "Latitude", "Longitude", "Quantité", "Unité");
    PeerFeed ar = new PeerFeed("ar", "jsonl", List.of(dir.resolve("ar/*.jsonl").toString()), "UTF-8", ",", false,
        "yyyy/MM/dd", "2000-01-01", "report_no", "date", "category", "latitude", "longitude", "quantity", "unit");
    return new PeerJob(List.of(fr, ar), s.categories(), s.units(), TODAY, out.toString(), "local[2]", 1, 2);
  }
}
