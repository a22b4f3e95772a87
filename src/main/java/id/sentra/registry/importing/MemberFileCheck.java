package id.sentra.registry.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.sentra.registry.MemberDetails;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.Nib;

/**
 * Checks every row of a file before anything is saved: its cells, the registry's rules, NIBs already
 * registered, and NIBs the file repeats. All problems are collected, so one round of fixes is enough.
 */
@Component
class MemberFileCheck {

    private final MemberRegistry registry;

    MemberFileCheck(MemberRegistry registry) {
        this.registry = registry;
    }

    /** The details of every row, in file order, and every problem found, in reading order. */
    record Checked(List<MemberDetails> members, List<Finding> findings) {
    }

    Checked check(MemberSheet sheet) {
        var findings = new ArrayList<Finding>();
        var columns = MemberColumns.read(sheet.header(), findings);
        if (!findings.isEmpty()) {
            // With a wrong header every row would be misread; the header is fixed first.
            return new Checked(List.of(), findings);
        }
        var parser = new MemberRowParser(columns);
        var rules = new RuleFields(columns);
        var members = new ArrayList<MemberDetails>();
        var rowsByNib = new LinkedHashMap<String, List<Integer>>();
        for (var row : sheet.rows()) {
            var parsed = parser.parse(row);
            findings.addAll(parsed.findings());
            registry.check(parsed.details()).forEach(problem -> rules.locate(parsed, problem).ifPresent(findings::add));
            String nib = parsed.details().nib();
            if (Nib.isValid(nib)) {
                rowsByNib.computeIfAbsent(nib, key -> new ArrayList<>()).add(row.number());
                if (registry.nibTaken(nib)) {
                    findings.add(columns.finding(row.number(), Column.NIB, "import.nib.taken", nib));
                }
            }
            members.add(parsed.details());
        }
        repeatedNibs(rowsByNib, columns, findings);
        findings.sort(Finding.IN_READING_ORDER);
        return new Checked(members, findings);
    }

    /** Each row with a repeated NIB names the other rows, so the person sees which ones clash. */
    private static void repeatedNibs(LinkedHashMap<String, List<Integer>> rowsByNib, MemberColumns columns,
                                     List<Finding> findings) {
        rowsByNib.forEach((nib, rows) -> {
            if (rows.size() > 1) {
                for (int row : rows) {
                    String others = rows.stream().filter(other -> other != row).map(String::valueOf)
                            .collect(Collectors.joining(", "));
                    findings.add(columns.finding(row, Column.NIB, "import.nib.repeated", nib, others));
                }
            }
        });
    }
}
