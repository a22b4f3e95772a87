package id.sentra.quality.sampling;

/** Why the severity changed (or did not) after a lot, each tied to its clause of ISO 2859-1:1999. */
public enum SwitchReason {
    /** No rule fired. */
    NONE,
    /** 9.3.1: two lots not accepted within five or fewer consecutive lots on normal → tightened. */
    TWO_OF_FIVE_NOT_ACCEPTED,
    /** 9.3.2: five consecutive lots accepted on tightened → normal. */
    FIVE_CONSECUTIVE_ACCEPTED,
    /** 9.4: five lots not accepted while on tightened → inspection discontinued. */
    FIVE_NOT_ACCEPTED_ON_TIGHTENED,
    /** 9.3.3: switching score at least 30, production steady, reduced approved → reduced. */
    SWITCHING_SCORE_REACHED,
    /** 9.3.4 a): a lot not accepted on reduced → normal. */
    LOT_NOT_ACCEPTED_ON_REDUCED,
    /** ANSI/ASQ Z1.4 10.1.4: more than Ac but fewer than Re nonconforming on reduced → accepted, normal. */
    BETWEEN_AC_AND_RE_ON_REDUCED,
    /** 9.3.4 b): production irregular or delayed → normal. */
    PRODUCTION_IRREGULAR,
    /** 9.3.4 c): other conditions warrant that normal inspection be reinstated. */
    OTHER_CONDITIONS,
    /** 9.4: the supplier has acted; inspection resumes on tightened. */
    RESUMED_AFTER_CORRECTIVE_ACTION
}
