package id.sentra.quality;

import java.util.List;

/**
 * One rule a lot was judged by, as a message key with its arguments (e.g. "P 0.92 % above the
 * maximum 0.80 % in heat H-0412"), and what the rule says about the lot.
 */
public record RuleCheck(String messageKey, List<Object> arguments, Disposition verdict) {

    public RuleCheck {
        arguments = List.copyOf(arguments);
    }

    public boolean passed() {
        return verdict == Disposition.ACCEPT;
    }
}
