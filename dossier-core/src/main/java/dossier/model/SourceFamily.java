package dossier.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A SourceFamily is a group of reports that are copies of one story (a wire family): its likely
 * {@code origin}, every other member with its relation to the origin, and the reports outside the
 * family that reuse some of its passages ({@code partial}). Downstream, a family counts as ONE
 * source, and a partial reuser is no independent confirmation of the passages it took.
 */
public record SourceFamily(String id, String origin, List<Member> members, List<Member> partial)
    implements Serializable {

  /** A report and how it relates to the family's origin. */
  public record Member(String article, ReuseRelation relation) implements Serializable {
    public Member {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(relation, "relation");
    }
  }

  public SourceFamily {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    members = List.copyOf(members);
    partial = List.copyOf(partial);
    for (Member m : members) {
      if (!m.relation().isCopy() || m.article().equals(origin)) {
        throw new IllegalArgumentException("bad family member " + m + " of " + id);
      }
    }
  }

  /** The origin and the other members' ids, origin first. */
  public List<String> articles() {
    List<String> out = new ArrayList<>(members.size() + 1);
    out.add(origin);
    for (Member m : members) {
      out.add(m.article());
    }
    return out;
  }

  /** True when the report is the origin or a member (not a partial reuser). */
  public boolean contains(String article) {
    return origin.equals(article) || members.stream().anyMatch(m -> m.article().equals(article));
  }
}
