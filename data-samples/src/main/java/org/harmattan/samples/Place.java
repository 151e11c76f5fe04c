package org.harmattan.samples;

/**
 * A real town the generator places incidents at or near.
 *
 * @param country ISO alpha-3 of the Natural Earth polygon the town lies in (ESH for Western Sahara)
 */
public record Place(String name, String nameAr, double lat, double lon, String country, String admin1, String admin1Ar) {}
