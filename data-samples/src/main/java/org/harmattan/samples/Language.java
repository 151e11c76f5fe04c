package org.harmattan.samples;

/** Language a feed writes its words in. */
enum Language { FR, AR, EN }
