package id.sentra.quality.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * A member's spectrometer exports into its heats: preview first, then import in one transaction,
 * so a file with one bad row saves nothing. Each analysis goes to the member's heat of that
 * number and replaces its readings; a heat number the member never recorded is a row error.
 */
@Service
public class SpectrometerImport {

    private final SpectrometerMappings mappings;
    private final Heats heats;

    SpectrometerImport(SpectrometerMappings mappings, Heats heats) {
        this.mappings = mappings;
        this.heats = heats;
    }

    /** Saves the mapping for the instrument it names, replacing the member's earlier one for it. */
    @Transactional
    public long saveMapping(SentraUser user, MappingDraft draft) {
        long member = requireMember(user);
        var problems = MappingRules.check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String instrument = Objects.requireNonNull(draft.instrument()).trim();
        var mapping = mappings.findByMemberIdAndInstrument(member, instrument)
                .orElseGet(() -> new SpectrometerMapping(member, instrument));
        mapping.apply(draft);
        return Objects.requireNonNull(mappings.save(mapping).getId());
    }

    @Transactional(readOnly = true)
    public List<Mapping> mappings(SentraUser user) {
        return mappings.findByMemberIdOrderByInstrument(requireMember(user)).stream()
                .map(m -> new Mapping(Objects.requireNonNull(m.getId()), m.toDraft())).toList();
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(SentraUser user, long mappingId, String text) {
        long member = requireMember(user);
        var draft = mapping(member, mappingId).toDraft();
        var reading = SpectrometerFile.read(text, draft);
        var problems = new ArrayList<>(reading.problems());
        for (var row : reading.rows()) {
            if (heats.findByMemberIdAndHeatNumber(member, row.heatNumber()).isEmpty()) {
                problems.add(ImportProblem.of(row.line(), Objects.requireNonNull(draft.heatColumn()),
                        "spectro.heat.unknown", row.heatNumber()));
            }
        }
        return new ImportPreview(reading.rows(), problems);
    }

    /** Stores every analysis of the file, or none: any problem refuses the whole file. */
    @Transactional
    public int importFile(SentraUser user, long mappingId, String text) {
        long member = requireMember(user);
        var preview = preview(user, mappingId, text);
        if (!preview.problems().isEmpty()) {
            throw new ImportRefusedException(preview.problems());
        }
        for (var row : preview.rows()) {
            var heat = heats.findByMemberIdAndHeatNumber(member, row.heatNumber()).orElseThrow();
            heat.analysed(row.readings(), row.analysedOn());
            try {
                heats.save(heat);
            } catch (OptimisticLockingFailureException e) {
                throw new StaleRecordException(heat.auditType(), Objects.requireNonNull(heat.getId()));
            }
        }
        return preview.rows().size();
    }

    /** A saved mapping with its id, for the import page. */
    public record Mapping(long id, MappingDraft draft) {
    }

    private SpectrometerMapping mapping(long member, long mappingId) {
        var mapping = mappings.findById(mappingId).orElseThrow(() -> new RecordNotFoundException("spectrometerMapping", mappingId));
        if (mapping.memberId() != member) {
            throw new AccessDeniedException("Mapping " + mappingId + " is another member's");
        }
        return mapping;
    }

    /** Imports are a member's own: its instrument, its heats. */
    private static long requireMember(SentraUser user) {
        if (!user.is(Role.MEMBER) || user.memberId() == null) {
            throw new AccessDeniedException("Only a member imports its own spectrometer files");
        }
        return user.memberId();
    }
}
