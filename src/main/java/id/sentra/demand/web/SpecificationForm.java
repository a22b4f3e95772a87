package id.sentra.demand.web;

import id.sentra.demand.LineSpecification;

/** What the specification-change form posts: the line's new specification and why it changes. */
public class SpecificationForm extends LineRow {

    private int version;
    private String reason = "";

    static SpecificationForm from(LineSpecification spec, int version) {
        var form = new SpecificationForm();
        var row = LineRow.from(spec);
        form.setPartName(row.getPartName());
        form.setBuyerPartNumber(row.getBuyerPartNumber());
        form.setDrawingReference(row.getDrawingReference());
        form.setDrawingRevision(row.getDrawingRevision());
        form.setMaterialGrade(row.getMaterialGrade());
        form.setMaterialFamily(row.getMaterialFamily());
        form.setProcesses(row.getProcesses());
        form.setUnitWeightKg(row.getUnitWeightKg());
        form.version = version;
        return form;
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
