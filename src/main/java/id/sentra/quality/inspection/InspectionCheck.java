package id.sentra.quality.inspection;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

import id.sentra.quality.Disposition;
import id.sentra.quality.RuleCheck;

/** One rule checked in an inspection, stored with its printed arguments joined by the unit separator. */
@Table("lot_inspection_check")
record InspectionCheck(String messageKey, String arguments, Disposition verdict) {

    private static final String SEPARATOR = "\u001F";

    static InspectionCheck of(RuleCheck check) {
        return new InspectionCheck(check.messageKey(),
                String.join(SEPARATOR, check.arguments().stream().map(String::valueOf).toList()), check.verdict());
    }

    RuleCheck toCheck() {
        List<Object> args = arguments.isEmpty() ? List.of() : Arrays.stream(arguments.split(SEPARATOR, -1)).map(Object.class::cast).toList();
        return new RuleCheck(messageKey, args, verdict);
    }
}
