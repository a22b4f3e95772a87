package id.sentra.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The capability of every active member, for the modules that rank or allocate over many members at once. Served
 * from the kept {@link MemberCatalogue}, which reads only the members saved since its last look.
 */
@Service
public class CapabilityCatalog {

    private final MemberCatalogue catalogue;

    CapabilityCatalog(MemberCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Active members of one cooperative, or of all clusters when {@code cooperativeId} is null; in id order. */
    public List<Capability> active(@Nullable Long cooperativeId) {
        return inScope(catalogue.current().active(), cooperativeId);
    }

    /** The same members ordered by legal name, then id: the order a ranking lists members that are not eligible. */
    public List<Capability> activeByName(@Nullable Long cooperativeId) {
        return inScope(catalogue.current().activeByName(), cooperativeId);
    }

    /** The same members as {@link #activeByName}, laid out for fast tests over all of them. */
    public CapabilityTable activeTable(@Nullable Long cooperativeId) {
        var snapshot = catalogue.current();
        return cooperativeId == null ? snapshot.activeTable() : new CapabilityTable(inScope(snapshot.activeByName(), cooperativeId));
    }

    private static List<Capability> inScope(List<Capability> members, @Nullable Long cooperativeId) {
        return cooperativeId == null ? members : members.stream().filter(m -> m.cooperativeId() == cooperativeId).toList();
    }
}
