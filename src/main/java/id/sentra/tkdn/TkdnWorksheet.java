package id.sentra.tkdn;

import java.util.List;

/**
 * A TKDN self-assessment worksheet as a verifier reads it: who made the product and for which period the
 * figures stand, the assessment line by line under its regulation, and the evidence of where the melted
 * material came from. Printed as PDF and Excel by {@link TkdnWorksheets}.
 */
public record TkdnWorksheet(WorksheetHeader header, TkdnAssessment assessment, List<WorksheetEvidence> evidence) {

    public TkdnWorksheet {
        evidence = List.copyOf(evidence);
    }

    public Regulation regulation() {
        return assessment.regulation();
    }
}
