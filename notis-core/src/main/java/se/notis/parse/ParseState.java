package se.notis.parse;

import java.util.Arrays;

/**
 * The configuration of the arc-eager system over tokens 1..n (0 is the artificial root): a stack,
 * the next buffer position, and the arcs built so far with each token's leftmost and rightmost
 * dependents.
 */
final class ParseState {
  static final int SHIFT = 0;
  static final int REDUCE = 1;
  static final int LEFT = 2;
  static final int RIGHT = 3;

  final int n;
  final int[] stack;
  int depth;
  int next;
  final int[] head;
  final int[] label;
  final int[] leftmost;
  final int[] rightmost;
  final int[] leftCount;
  final int[] rightCount;
  /** The second leftmost and second rightmost dependents. */
  final int[] leftmost2;
  final int[] rightmost2;
  /** Bit sets of the relations (label ids mod 64) of each token's left and right dependents. */
  final long[] leftLabels;
  final long[] rightLabels;
  int rootChildren;
  /**
   * Joint tagging: the label chosen for each word so far (0 the tagger's best, 1 its runner-up);
   * null when the parser does not tag.
   */
  final byte[] choice;

  ParseState(int n) {
    this(n, false);
  }

  ParseState(int n, boolean joint) {
    this.n = n;
    choice = joint ? new byte[n + 2] : null;
    stack = new int[n + 2];
    head = new int[n + 1];
    label = new int[n + 1];
    leftmost = new int[n + 1];
    rightmost = new int[n + 1];
    leftCount = new int[n + 1];
    rightCount = new int[n + 1];
    leftmost2 = new int[n + 1];
    rightmost2 = new int[n + 1];
    leftLabels = new long[n + 1];
    rightLabels = new long[n + 1];
    Arrays.fill(leftmost2, -1);
    Arrays.fill(rightmost2, -1);
    Arrays.fill(head, -1);
    Arrays.fill(label, -1);
    Arrays.fill(leftmost, -1);
    Arrays.fill(rightmost, -1);
    stack[depth++] = 0;
    next = 1;
  }

  /** A copy of {@code other}: a state the beam needs for the first time, made from its parent. */
  ParseState(ParseState other) {
    n = other.n;
    stack = other.stack.clone();
    depth = other.depth;
    next = other.next;
    rootChildren = other.rootChildren;
    head = other.head.clone();
    label = other.label.clone();
    leftmost = other.leftmost.clone();
    rightmost = other.rightmost.clone();
    leftCount = other.leftCount.clone();
    rightCount = other.rightCount.clone();
    leftmost2 = other.leftmost2.clone();
    rightmost2 = other.rightmost2.clone();
    leftLabels = other.leftLabels.clone();
    rightLabels = other.rightLabels.clone();
    choice = other.choice == null ? null : other.choice.clone();
  }

  /** Makes this state (of a sentence of the same length) a copy of {@code other}; for the beam. */
  void copyFrom(ParseState other) {
    int len = n + 1;
    System.arraycopy(other.stack, 0, stack, 0, other.depth);
    depth = other.depth;
    next = other.next;
    rootChildren = other.rootChildren;
    System.arraycopy(other.head, 0, head, 0, len);
    System.arraycopy(other.label, 0, label, 0, len);
    System.arraycopy(other.leftmost, 0, leftmost, 0, len);
    System.arraycopy(other.rightmost, 0, rightmost, 0, len);
    System.arraycopy(other.leftCount, 0, leftCount, 0, len);
    System.arraycopy(other.rightCount, 0, rightCount, 0, len);
    System.arraycopy(other.leftmost2, 0, leftmost2, 0, len);
    System.arraycopy(other.rightmost2, 0, rightmost2, 0, len);
    System.arraycopy(other.leftLabels, 0, leftLabels, 0, len);
    System.arraycopy(other.rightLabels, 0, rightLabels, 0, len);
    if (choice != null) {
      System.arraycopy(other.choice, 0, choice, 0, len);
    }
  }

  /**
   * Joint tagging: the choices a transition makes, in one int: the label of the word it pushes
   * ({@code pushed}, only for the first word, which is the front before any transition) and of the
   * word that becomes the front ({@code front}); -1 for no choice, and -1 when neither is made.
   */
  static int choices(int pushed, int front) {
    return pushed < 0 && front < 0 ? -1 : (pushed + 1) | ((front + 1) << 2);
  }

  /** The label {@link #choices} gives the pushed word, else -1. */
  static int pushedChoice(int choices) {
    return choices < 0 ? -1 : (choices & 3) - 1;
  }

  /** The label {@link #choices} gives the new front word, else -1. */
  static int frontChoice(int choices) {
    return choices < 0 ? -1 : (choices >> 2) - 1;
  }

  /** Joint tagging: makes the choices of a transition from this state (before it is applied). */
  void chooseAll(int choices) {
    int pushed = pushedChoice(choices);
    int front = frontChoice(choices);
    if (pushed >= 0) {
      choose(next, pushed);
    }
    if (front >= 0) {
      choose(next + 1, front);
    }
  }

  /** Joint tagging: word {@code i} takes label {@code c} (0 the tagger's best, 1 its runner-up). */
  void choose(int i, int c) {
    choice[i] = (byte) c;
  }

  boolean terminal() {
    return next > n;
  }

  int s0() {
    return depth > 0 ? stack[depth - 1] : -1;
  }

  int s1() {
    return depth > 1 ? stack[depth - 2] : -1;
  }

  int n(int k) {
    return next + k <= n ? next + k : -1;
  }

  boolean valid(int action) {
    int s0 = s0();
    switch (action) {
      case SHIFT:
        return next <= n;
      case REDUCE:
        return s0 > 0 && head[s0] >= 0;
      case LEFT:
        return s0 > 0 && head[s0] < 0 && next <= n;
      case RIGHT:
        return s0 >= 0 && next <= n && (s0 != 0 || rootChildren == 0);
      default:
        return false;
    }
  }

  void apply(int action, int lab) {
    int s0 = s0();
    switch (action) {
      case SHIFT -> stack[depth++] = next++;
      case REDUCE -> depth--;
      case LEFT -> {
        arc(next, s0, lab);
        depth--;
      }
      case RIGHT -> {
        arc(s0, next, lab);
        stack[depth++] = next++;
      }
      default -> throw new IllegalArgumentException("unknown action " + action);
    }
  }

  private void arc(int h, int d, int lab) {
    head[d] = h;
    label[d] = lab;
    if (h == 0) {
      rootChildren++;
    }
    long bit = lab >= 0 ? 1L << (lab & 63) : 0;
    if (d < h) {
      leftCount[h]++;
      leftLabels[h] |= bit;
      if (leftmost[h] < 0 || d < leftmost[h]) {
        leftmost2[h] = leftmost[h];
        leftmost[h] = d;
      } else if (leftmost2[h] < 0 || d < leftmost2[h]) {
        leftmost2[h] = d;
      }
    } else {
      rightCount[h]++;
      rightLabels[h] |= bit;
      if (rightmost[h] < 0 || d > rightmost[h]) {
        rightmost2[h] = rightmost[h];
        rightmost[h] = d;
      } else if (rightmost2[h] < 0 || d > rightmost2[h]) {
        rightmost2[h] = d;
      }
    }
  }
}
