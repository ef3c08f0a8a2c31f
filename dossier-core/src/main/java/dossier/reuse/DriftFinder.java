package dossier.reuse;

import dossier.model.Drift;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A DriftFinder lists what changed in meaning between two aligned sentences of copies of one story:
 * altered quotations, changed numbers, qualifiers dropped or added, changed verbs of action,
 * changed connectives, widened or narrowed scope, and (not as drift) respelled names. Rewording
 * that keeps the meaning yields nothing. Stateless and thread-safe.
 */
final class DriftFinder {

  /** Diff stretches longer than this on either side are restructuring, not a local change. */
  private static final int LOCAL = 3;

  private DriftFinder() {}

  static List<Drift> find(String textA, Sentence s, String textB, Sentence t) {
    List<Drift> out = new ArrayList<>();
    quotes(textA, s, textB, t, out);
    List<TokenDiff.Op> ops = TokenDiff.ops(s.tokens(), t.tokens());
    Set<String> reduplicated = new HashSet<>();
    qualifiers(textA, s, textB, t, out, reduplicated);
    numbers(textA, s, textB, t, out, reduplicated);
    actions(textA, s.tokens(), textB, t.tokens(), out);
    for (TokenDiff.Op op : ops) {
      List<Words.Token> xa = s.tokens().subList(op.aFrom(), op.aTo());
      List<Words.Token> xb = t.tokens().subList(op.bFrom(), op.bTo());
      if (op.sizeA() <= LOCAL && op.sizeB() <= LOCAL) {
        connectives(textA, xa, textB, xb, out);
        scope(textA, s, xa, textB, t, xb, out);
      }
    }
    names(textA, s.tokens(), textB, t.tokens(), out);
    return dedupe(out);
  }

  private static List<Drift> dedupe(List<Drift> drift) {
    Map<List<Object>, Drift> seen = new LinkedHashMap<>();
    for (Drift d : drift) {
      seen.putIfAbsent(List.of(d.kind(), d.spanA(), d.spanB()), d);
    }
    return List.copyOf(seen.values());
  }

  private static void quotes(String textA, Sentence s, String textB, Sentence t, List<Drift> out) {
    Set<Span> usedB = new HashSet<>();
    for (Span qa : s.quotes()) {
      List<Words.Token> ta = Words.tokens(textA, qa.start(), qa.end());
      Span best = null;
      double bestScore = 0;
      for (Span qb : t.quotes()) {
        if (usedB.contains(qb)) {
          continue;
        }
        double score = overlap(ta, Words.tokens(textB, qb.start(), qb.end()));
        if (score > bestScore) {
          bestScore = score;
          best = qb;
        }
      }
      boolean onlyPair = s.quotes().size() == 1 && t.quotes().size() == 1;
      if (best == null || (bestScore < 0.3 && !onlyPair)) {
        continue;
      }
      usedB.add(best);
      List<Words.Token> tb = Words.tokens(textB, best.start(), best.end());
      if (!TokenDiff.ops(ta, tb).isEmpty()) {
        out.add(drift(Drift.Kind.QUOTE, textA, qa, textB, best));
      }
    }
  }

  /** Share of the shorter token list found in the other, names matched by spelling. */
  private static double overlap(List<Words.Token> x, List<Words.Token> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (Words.Token a : x) {
      for (Words.Token b : y) {
        if (TokenDiff.same(a, b)) {
          hits++;
          break;
        }
      }
    }
    return hits / (double) Math.min(x.size(), y.size());
  }

  /** A qualifier occurrence: its label and the span it covers with the word it qualifies. */
  private record Qualifier(String label, Span span, String head) {}

  private static List<Qualifier> qualifiersOf(Sentence s) {
    List<Qualifier> out = new ArrayList<>();
    List<Words.Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      boolean starts = Lexicon.QUALIFIER_FIRST_WORDS.contains(tk.get(i).norm());
      for (int len = 4; starts && len >= 1; len--) {
        if (i + len > tk.size()) {
          continue;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < i + len; k++) {
          phrase.append(k > i ? " " : "").append(tk.get(k).norm());
        }
        String p = phrase.toString();
        boolean next = i + len < tk.size();
        boolean numberNext = next && Lexicon.isNumber(tk.get(i + len).norm());
        if (Lexicon.QUALIFIERS_ALWAYS.contains(p)
            || (Lexicon.QUALIFIERS_BEFORE_NUMBER.contains(p) && numberNext)) {
          int end = next ? tk.get(i + len).end() : tk.get(i + len - 1).end();
          String head = next ? tk.get(i + len).norm() : "";
          out.add(new Qualifier(p, new Span(tk.get(i).start(), end), head));
          i += len - 1;
          break;
        }
      }
      // Reduplication ("dozens and dozens") intensifies a vague quantity.
      if (i + 2 < tk.size()
          && tk.get(i).norm().equals(tk.get(i + 2).norm())
          && Lexicon.CONNECTIVES.contains(tk.get(i + 1).norm())
          && !Words.isFunctionWord(tk.get(i).norm())) {
        String p = tk.get(i).norm() + " and " + tk.get(i).norm();
        out.add(
            new Qualifier(p, new Span(tk.get(i).start(), tk.get(i + 2).end()), tk.get(i).norm()));
      }
    }
    return out;
  }

  private static void qualifiers(
      String textA,
      Sentence s,
      String textB,
      Sentence t,
      List<Drift> out,
      Set<String> reduplicated) {
    List<Qualifier> qa = qualifiersOf(s);
    List<Qualifier> qb = qualifiersOf(t);
    List<Qualifier> restB = new ArrayList<>(qb);
    for (Qualifier q : qa) {
      Qualifier match =
          restB.stream().filter(r -> r.label().equals(q.label())).findFirst().orElse(null);
      if (match != null) {
        restB.remove(match);
        continue;
      }
      if (q.label().endsWith(" and " + q.head())) {
        reduplicated.add(q.head());
      }
      Span other = headIn(t, q.head());
      out.add(
          new Drift(
              Drift.Kind.QUALIFIER,
              q.span().of(textA),
              other == null ? "" : other.of(textB),
              q.span(),
              other == null ? new Span(t.span().start(), t.span().start()) : other));
    }
    for (Qualifier q : restB) {
      if (q.label().endsWith(" and " + q.head())) {
        reduplicated.add(q.head());
      }
      Span other = headIn(s, q.head());
      out.add(
          new Drift(
              Drift.Kind.QUALIFIER,
              other == null ? "" : other.of(textA),
              q.span().of(textB),
              other == null ? new Span(s.span().start(), s.span().start()) : other,
              q.span()));
    }
  }

  private static Span headIn(Sentence s, String head) {
    if (head.isEmpty()) {
      return null;
    }
    for (Words.Token w : s.tokens()) {
      if (w.norm().equals(head)) {
        return new Span(w.start(), w.end());
      }
    }
    return null;
  }

  private static void numbers(
      String textA,
      Sentence s,
      String textB,
      Sentence t,
      List<Drift> out,
      Set<String> reduplicated) {
    List<Words.Token> na = numbersOf(s, reduplicated);
    List<Words.Token> nb = numbersOf(t, reduplicated);
    List<Words.Token> onlyA = new ArrayList<>();
    List<Words.Token> restB = new ArrayList<>(nb);
    for (Words.Token x : na) {
      Words.Token hit =
          restB.stream().filter(y -> y.norm().equals(x.norm())).findFirst().orElse(null);
      if (hit == null) {
        onlyA.add(x);
      } else {
        restB.remove(hit);
      }
    }
    // A number only one side gives is an omission; a number given differently is drift.
    int pairs = Math.min(onlyA.size(), restB.size());
    for (int k = 0; k < pairs; k++) {
      Words.Token x = k < onlyA.size() ? onlyA.get(k) : null;
      Words.Token y = k < restB.size() ? restB.get(k) : null;
      Span sa =
          x == null ? new Span(s.span().start(), s.span().start()) : new Span(x.start(), x.end());
      Span sb =
          y == null ? new Span(t.span().start(), t.span().start()) : new Span(y.start(), y.end());
      out.add(new Drift(Drift.Kind.NUMBER, sa.of(textA), sb.of(textB), sa, sb));
    }
  }

  private static List<Words.Token> numbersOf(Sentence s, Set<String> reduplicated) {
    List<Words.Token> out = new ArrayList<>();
    Set<String> seenRedup = new HashSet<>();
    for (Words.Token w : s.tokens()) {
      if (!Lexicon.isNumber(w.norm())) {
        continue;
      }
      if (reduplicated.contains(w.norm()) && !seenRedup.add(w.norm())) {
        continue;
      }
      out.add(w);
    }
    return out;
  }

  private static void actions(
      String textA, List<Words.Token> xa, String textB, List<Words.Token> xb, List<Drift> out) {
    Map<String, Words.Token> ca = actionClasses(xa);
    Map<String, Words.Token> cb = actionClasses(xb);
    if (ca.isEmpty() || cb.isEmpty()) {
      return;
    }
    Set<String> onlyA = new HashSet<>(ca.keySet());
    onlyA.removeAll(cb.keySet());
    Set<String> onlyB = new HashSet<>(cb.keySet());
    onlyB.removeAll(ca.keySet());
    if (onlyA.isEmpty() || onlyB.isEmpty()) {
      return;
    }
    Words.Token x = ca.get(onlyA.stream().sorted().findFirst().orElseThrow());
    Words.Token y = cb.get(onlyB.stream().sorted().findFirst().orElseThrow());
    Span sa = new Span(x.start(), x.end());
    Span sb = new Span(y.start(), y.end());
    out.add(new Drift(Drift.Kind.ACTION, sa.of(textA), sb.of(textB), sa, sb));
  }

  private static Map<String, Words.Token> actionClasses(List<Words.Token> tokens) {
    Map<String, Words.Token> out = new LinkedHashMap<>();
    for (Words.Token w : tokens) {
      String c = Lexicon.actionClass(w.norm());
      if (c != null) {
        out.putIfAbsent(c, w);
      }
    }
    return out;
  }

  private static void connectives(
      String textA, List<Words.Token> xa, String textB, List<Words.Token> xb, List<Drift> out) {
    Words.Token x = firstConnective(xa);
    Words.Token y = firstConnective(xb);
    if (x != null && y != null && !x.norm().equals(y.norm())) {
      Span sa = new Span(x.start(), x.end());
      Span sb = new Span(y.start(), y.end());
      out.add(new Drift(Drift.Kind.CONNECTIVE, sa.of(textA), sb.of(textB), sa, sb));
    }
  }

  private static Words.Token firstConnective(List<Words.Token> tokens) {
    for (Words.Token w : tokens) {
      if (Lexicon.CONNECTIVES.contains(w.norm())) {
        return w;
      }
    }
    return null;
  }

  private static void scope(
      String textA,
      Sentence s,
      List<Words.Token> xa,
      String textB,
      Sentence t,
      List<Words.Token> xb,
      List<Drift> out) {
    Set<String> groupsB = new HashSet<>();
    for (Words.Token w : t.tokens()) {
      String g = Lexicon.scopeGroup(w.norm());
      if (g != null) {
        groupsB.add(g);
      }
    }
    Set<String> groupsA = new HashSet<>();
    for (Words.Token w : s.tokens()) {
      String g = Lexicon.scopeGroup(w.norm());
      if (g != null) {
        groupsA.add(g);
      }
    }
    for (Words.Token w : xa) {
      String g = Lexicon.scopeGroup(w.norm());
      if (g != null && !groupsB.contains(g)) {
        Span sa = new Span(w.start(), w.end());
        Span sb = xb.isEmpty() ? insertionPoint(t, xb) : span(xb);
        out.add(new Drift(Drift.Kind.SCOPE, sa.of(textA), sb.of(textB), sa, sb));
      }
    }
    for (Words.Token w : xb) {
      String g = Lexicon.scopeGroup(w.norm());
      if (g != null && !groupsA.contains(g)) {
        Span sb = new Span(w.start(), w.end());
        Span sa = xa.isEmpty() ? insertionPoint(s, xa) : span(xa);
        out.add(new Drift(Drift.Kind.SCOPE, sa.of(textA), sb.of(textB), sa, sb));
      }
    }
  }

  private static Drift drift(Drift.Kind kind, String textA, Span sa, String textB, Span sb) {
    return new Drift(kind, sa.of(textA), sb.of(textB), sa, sb);
  }

  private static Span insertionPoint(Sentence s, List<Words.Token> empty) {
    return new Span(s.span().start(), s.span().start());
  }

  private static Span span(List<Words.Token> tokens) {
    return new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
  }

  private static void names(
      String textA, List<Words.Token> xa, String textB, List<Words.Token> xb, List<Drift> out) {
    Set<String> normsB = new HashSet<>();
    for (Words.Token y : xb) {
      normsB.add(y.norm());
    }
    for (Words.Token x : xa) {
      if (!x.capital() || normsB.contains(x.norm())) {
        continue;
      }
      for (Words.Token y : xb) {
        if (y.capital()
            && !Objects.equals(x.norm(), y.norm())
            && Lexicon.similarSpelling(x.norm(), y.norm())) {
          Span sa = new Span(x.start(), x.end());
          Span sb = new Span(y.start(), y.end());
          out.add(new Drift(Drift.Kind.NAME_VARIANT, sa.of(textA), sb.of(textB), sa, sb));
          break;
        }
      }
    }
  }
}
