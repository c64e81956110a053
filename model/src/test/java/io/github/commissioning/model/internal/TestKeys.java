package io.github.commissioning.model.internal;

import java.util.Random;

/** Keys whose hashes stress the trie: partial collisions, full collisions and deep paths. */
final class TestKeys {
  private TestKeys() {}

  /** A key whose hash code is its id modulo 7: many keys share each hash. */
  record Clash(int id) {
    @Override
    public int hashCode() {
      return id % 7;
    }
  }

  /** A key whose hash code is one constant: every two keys collide fully. */
  record Same(int id) {
    @Override
    public int hashCode() {
      return 42;
    }
  }

  /**
   * A key whose trie hash ({@link HashTrie#hash}) varies only in its top seven bits, so that keys
   * share their first five levels and part at the last two; ids 128 apart collide fully.
   */
  record Deep(int id) {
    @Override
    public int hashCode() {
      int hash = id << 25;
      return hash ^ (hash >>> 16); // the trie's folding undoes itself
    }
  }

  /**
   * Draws a key: a small integer, or one of the colliding keys above, from small ranges so that
   * keys come back often.
   */
  static Object draw(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(600);
      case 1 -> new Clash(random.nextInt(200));
      case 2 -> new Same(random.nextInt(12));
      default -> new Deep(random.nextInt(300));
    };
  }
}
