package org.harmattan.samples;

/** The category codes of conf/vocabulary.conf that the generator plants. */
enum Category {
  ARMS_TRAFFICKING, DRUG_TRAFFICKING, HUMAN_TRAFFICKING, MIGRANT_SMUGGLING, FUEL_SMUGGLING, TOBACCO_SMUGGLING,
  TERRORIST_ATTACK, KIDNAPPING, DOCUMENT_FRAUD, CYBERCRIME, GOLD_SMUGGLING
}
