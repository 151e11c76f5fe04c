package org.harmattan.features.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RandIndexTest {
  @Test
  void identicalPartitionsUnderOtherNamesScoreOne() {
    assertEquals(1.0, RandIndex.adjusted(List.of("a", "a", "b", "b", "c"), List.of(7, 7, 3, 3, 9)), 1e-12);
  }

  @Test
  void matchesAHandComputedContingencyTable() {
    // Truth {a,a,a,b,b,b}, clusters {1,1,2,2,3,3}: pairs within cells 1+0+0+0+1 = index 2 ... computed:
    // sum over cells C(n_ij,2): (a,1)=2 ->1, (a,2)=1, (b,2)=1, (b,3)=2 ->1: index = 2.
    // rows: C(3,2)+C(3,2) = 6; columns: 1+1+1 = 3; total C(6,2) = 15; expected = 6*3/15 = 1.2;
    // max = (6+3)/2 = 4.5; ARI = (2 - 1.2) / (4.5 - 1.2) = 0.8/3.3.
    assertEquals(0.8 / 3.3, RandIndex.adjusted(List.of("a", "a", "a", "b", "b", "b"), List.of(1, 1, 2, 2, 3, 3)),
        1e-12);
  }
}
