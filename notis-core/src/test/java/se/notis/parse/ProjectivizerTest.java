package se.notis.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ProjectivizerTest {
  @Test
  void liftsTheCrossingArc() {
    // The arc 4 -> 2 spans token 3, which 4 does not dominate: 2 is lifted to 4's head, token 1.
    int[] heads = {0, 4, 1, 1};
    assertArrayEquals(new int[] {0, 1, 1, 1}, Projectivizer.projectivize(heads));
  }

  @Test
  void keepsProjectiveTrees() {
    int[] heads = {2, 0, 2, 3};
    assertArrayEquals(heads, Projectivizer.projectivize(heads));
  }
}
