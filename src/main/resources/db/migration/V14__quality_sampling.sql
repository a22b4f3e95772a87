-- ISO 2859-1 inspection level and AQL carried by each product specification revision; revisions written before
-- carry the standard's default, general level II (clause 10.1) at AQL 1.0.

alter table product_spec_revision add column inspection_level varchar(4) not null default 'II';
alter table product_spec_revision add column aql numeric(7, 3) not null default 1.0;

-- ISO 2859-1 9.3.3: reduced inspection only once the responsible authority (the cooperative's operator) approves it.
alter table inspection_stream add column reduced_approved_by varchar(80);
alter table inspection_stream add column reduced_approved_at timestamp with time zone;

-- ISO 2859-1 9.4: discontinued inspection resumes on tightened only after the supplier's corrective action, recorded
-- in a non-conformance report; the report, who resumed and when are kept.
alter table inspection_stream add column resumed_ncr_id bigint references ncr (id);
alter table inspection_stream add column resumed_by varchar(80);
alter table inspection_stream add column resumed_at timestamp with time zone;
