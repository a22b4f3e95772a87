package id.sentra.tkdn.worksheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.TkdnAssessment;

/**
 * The rules that credited the worksheet's lines, numbered in the order they first occur, so that each line
 * can name its basis as [n] and the rule's full text (with regulation and article) is printed once.
 */
final class RuleLegend {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    RuleLegend(TkdnAssessment assessment) {
        for (AssessedLine line : assessment.lines()) {
            numbers.putIfAbsent(line.ruleKey(), numbers.size() + 1);
        }
    }

    String reference(AssessedLine line) {
        return "[" + numbers.get(line.ruleKey()) + "]";
    }

    /** The rule keys in their numbered order. */
    List<String> keys() {
        return new ArrayList<>(numbers.keySet());
    }
}
