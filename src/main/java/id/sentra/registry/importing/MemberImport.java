package id.sentra.registry.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MemberRegistry;

/**
 * Imports member IKM from an .xlsx or .csv file into one cooperative. Every row is read and checked
 * first; then the whole file is saved in one transaction, or nothing is and every problem is listed.
 */
@Service
public class MemberImport {

    /** Far more than a cooperative has members (Ceper has about 170); a longer file is most likely the wrong file. */
    public static final int MAX_ROWS = 5_000;

    private final MemberRegistry registry;
    private final CooperativeDirectory directory;
    private final MemberFileCheck check;
    private final MessageSource messages;

    MemberImport(MemberRegistry registry, CooperativeDirectory directory, MemberFileCheck check, MessageSource messages) {
        this.registry = registry;
        this.directory = directory;
        this.check = check;
        this.messages = messages;
    }

    /** Problems come back as text in {@code locale}, the language of the person who sent the file. */
    public ImportResult importFile(SentraUser user, long cooperativeId, String filename, InputStream content, Locale locale) {
        // Before the file is read, so no one outside the cooperative learns which NIBs are registered.
        registry.requireManage(user, cooperativeId);
        if (directory.cooperative(cooperativeId).isEmpty()) {
            throw new RecordNotFoundException("cooperative", cooperativeId);
        }
        try {
            var buffered = new BufferedInputStream(content);
            var sheet = MemberFileFormat.of(filename, buffered).read(buffered, MAX_ROWS);
            var checked = check.check(sheet);
            if (!checked.findings().isEmpty()) {
                return rejected(checked.findings(), locale);
            }
            registry.registerAll(user, cooperativeId, checked.members());
            return ImportResult.saved(checked.members().size());
        } catch (FileRefusedException e) {
            return rejected(List.of(e.finding()), locale);
        } catch (IOException e) {
            return rejected(List.of(Finding.wholeFile("import.file.unreadable")), locale);
        } catch (InvalidInputException | DataIntegrityViolationException e) {
            // Someone registered one of these NIBs between the check and the save; the save rolled back whole.
            return rejected(List.of(Finding.wholeFile("import.file.changedMeanwhile")), locale);
        }
    }

    private ImportResult rejected(List<Finding> findings, Locale locale) {
        return ImportResult.rejected(findings.stream()
                .map(f -> new RowProblem(f.row(), f.column(), messages.getMessage(f.reason(), locale)))
                .toList());
    }
}
