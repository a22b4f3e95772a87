package id.sentra.demand.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A varying schedule as the buyer pastes it: one quantity per month, separated by spaces, tabs
 * (a spreadsheet row) or semicolons. A quantity may group thousands ("1.200" or "1,200"); a zero
 * is a month without delivery.
 */
final class MonthlyQuantities {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s;]+");
    private static final Pattern QUANTITY = Pattern.compile("\\d{1,3}([.,]\\d{3})*|\\d+");

    private MonthlyQuantities() {
    }

    /** The first thing wrong with the text, naming the month (1-based) and what was written there. */
    static Optional<Problem> check(String text, int maxMonths) {
        var tokens = tokens(text);
        if (tokens.size() > maxMonths) {
            return Optional.of(new Problem("rfq.monthly.tooMany", new Object[] {tokens.size(), maxMonths}));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!QUANTITY.matcher(tokens.get(i)).matches()) {
                return Optional.of(new Problem("rfq.monthly.notANumber", new Object[] {i + 1, tokens.get(i)}));
            }
        }
        if (parse(text).stream().allMatch(q -> q == 0)) {
            return Optional.of(new Problem("rfq.monthly.empty", new Object[0]));
        }
        return Optional.empty();
    }

    /** The quantities of a text that {@link #check} passed. */
    static List<Integer> parse(String text) {
        var quantities = new ArrayList<Integer>();
        for (String token : tokens(text)) {
            quantities.add(Integer.parseInt(token.replace(".", "").replace(",", "")));
        }
        return quantities;
    }

    private static List<String> tokens(String text) {
        return List.of(SEPARATORS.split(text.strip())).stream().filter(t -> !t.isEmpty()).toList();
    }

    record Problem(String messageKey, Object[] arguments) {
    }
}
