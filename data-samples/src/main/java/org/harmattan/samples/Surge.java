package org.harmattan.samples;

import java.time.YearMonth;

/** A planted jump of one category's activity in one PRIO-GRID cell and month. */
record Surge(int gid, YearMonth month, Category category, double factor, Corridor corridor, Place town) {}
