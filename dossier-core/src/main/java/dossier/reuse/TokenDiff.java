package dossier.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * A TokenDiff is the list of differing stretches between two token sequences, from a longest common
 * subsequence: each {@link Op} replaces tokens {@code [aFrom, aTo)} of one by {@code [bFrom, bTo)}
 * of the other (an empty range is an insertion or deletion).
 */
final class TokenDiff {

  record Op(int aFrom, int aTo, int bFrom, int bTo) {
    int sizeA() {
      return aTo - aFrom;
    }

    int sizeB() {
      return bTo - bFrom;
    }
  }

  private TokenDiff() {}

  /** Tokens are equal when their folded forms are, or when both are spellings of one name. */
  static boolean same(Words.Token x, Words.Token y) {
    return x.norm().equals(y.norm())
        || (x.capital() && y.capital() && Lexicon.similarSpelling(x.norm(), y.norm()));
  }

  static List<Op> ops(List<Words.Token> a, List<Words.Token> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            same(a.get(i), b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Op> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int ai = 0;
    int bj = 0;
    boolean open = false;
    while (i < n || j < m) {
      if (i < n && j < m && same(a.get(i), b.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        if (open) {
          out.add(new Op(ai, i, bj, j));
          open = false;
        }
        i++;
        j++;
        continue;
      }
      if (!open) {
        ai = i;
        bj = j;
        open = true;
      }
      if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        j++;
      } else {
        i++;
      }
    }
    if (open) {
      out.add(new Op(ai, i, bj, j));
    }
    return out;
  }
}
