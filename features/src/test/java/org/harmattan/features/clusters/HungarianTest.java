package org.harmattan.features.clusters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class HungarianTest {
  @Test
  void findsTheCheapestOneToOneAssignmentWhereGreedyPickingFails() {
    // Greedy takes (0,0) = 1 and then must pay 10 for (1,1); the optimum is 2 + 3 = 5.
    double[][] cost = {{1, 2}, {3, 10}};
    assertArrayEquals(new int[] {1, 0}, Hungarian.assign(cost));
  }

  @Test
  void solvesAClassicThreeByThreeCase() {
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    // Optimum 1 + 2 + 2 = 5: row 0 -> 1, row 1 -> 0, row 2 -> 2.
    assertArrayEquals(new int[] {1, 0, 2}, Hungarian.assign(cost));
  }

  @Test
  void leavesTheExtraRowsUnassignedWhenThereAreMoreRowsThanColumns() {
    double[][] cost = {{5}, {1}, {3}};
    assertArrayEquals(new int[] {-1, 0, -1}, Hungarian.assign(cost));
  }
}
