package se.notis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PerfectHashTest {
  private static final String[] WORDS = {"regeringen", "har", "i", "dag", "beslutat", "att", "ge",
      "Polismyndigheten", "uppdrag", "redovisa", "flyktingorganen", "söker", "ränteläget", "Östersjön"};

  /** Feature keys as the parser makes them: a template id mixed with a word's hash and a number. */
  private static long[] keys(int count) {
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = Weights.key(Hashing.mix(i % 83, Hashing.hash(WORDS[i % WORDS.length]), i / 83));
    }
    return keys;
  }

  @Test
  void givesEveryKeyItsOwnSlotInALittleMoreRoomThanTheKeys() {
    long[] keys = keys(50_000);
    PerfectHash hash = PerfectHash.of(keys);
    assertTrue(hash.size() >= keys.length && hash.size() <= keys.length * 1.1 + 1, "size " + hash.size());
    boolean[] taken = new boolean[hash.size()];
    for (long key : keys) {
      int slot = hash.slot(key);
      assertTrue(slot >= 0 && slot < hash.size(), "slot " + slot);
      assertTrue(!taken[slot], "two keys in slot " + slot);
      taken[slot] = true;
      assertEquals(slot, hash.slot(key, hash.pilot(key)));
    }
  }

  @Test
  void sendsKeysOutsideTheSetToSomeSlotOfTheTable() {
    PerfectHash hash = PerfectHash.of(keys(1000));
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      int slot = hash.slot(random.nextLong());
      assertTrue(slot >= 0 && slot < hash.size(), "slot " + slot);
    }
    for (long key : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      int slot = hash.slot(key);
      assertTrue(slot >= 0 && slot < hash.size(), "slot " + slot);
    }
  }

  @Test
  void doesNotDependOnTheOrderOfTheKeys() {
    long[] keys = keys(5000);
    long[] reversed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      reversed[i] = keys[keys.length - 1 - i];
    }
    PerfectHash one = PerfectHash.of(keys);
    PerfectHash other = PerfectHash.of(reversed);
    int[] slots = new int[keys.length];
    int[] otherSlots = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      slots[i] = one.slot(keys[i]);
      otherSlots[i] = other.slot(keys[i]);
    }
    assertArrayEquals(slots, otherSlots);
  }

  @Test
  void handlesNoKeyAndOneKeyAndRejectsATwiceGivenKey() {
    PerfectHash none = PerfectHash.of(new long[0]);
    assertEquals(0, none.slot(42L));
    long och = Weights.key(Hashing.hash("och"));
    PerfectHash one = PerfectHash.of(new long[] {och});
    assertTrue(one.slot(och) < one.size());
    long[] keys = keys(100);
    keys[99] = keys[3];
    assertThrows(IllegalArgumentException.class, () -> PerfectHash.of(keys));
  }
}
