-- Import substitution: each contract line records its product family and where the buyer got the product
-- before Sentra's cooperative made it (imported, with the country if known; a large domestic industry; or a new
-- product). Existing lines get "not recorded" and a family guessed from the part name, which the buyer or the
-- cooperative's operator may correct. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

alter table contract_line add column product_family varchar(30) not null default 'OTHER';
alter table contract_line add column prior_source varchar(30) not null default 'NOT_RECORDED';
alter table contract_line add column prior_country varchar(2);

update contract_line set product_family = 'BRAKE_BLOCK'
    where lower(part_name) like '%blok rem%' or lower(part_name) like '%brake%';
update contract_line set product_family = 'CYLINDER_SLEEVE'
    where lower(part_name) like '%sleeve%' or lower(part_name) like '%liner%';
update contract_line set product_family = 'PUMP_PART'
    where lower(part_name) like '%pompa%' or lower(part_name) like '%pump%';
update contract_line set product_family = 'MANHOLE_COVER_FITTING'
    where lower(part_name) like '%manhole%' or lower(part_name) like '%fitting%' or lower(part_name) like '%flens%'
       or lower(part_name) like '%flange%' or lower(part_name) like '%tee %' or lower(part_name) like '%katup%';
update contract_line set product_family = 'STOVE_BURNER'
    where lower(part_name) like '%burner%' or lower(part_name) like '%kompor%';

-- The import-substitution figures start from the lines whose prior source is IMPORTED (few against the work
-- orders), then reach work orders through work_order_contract_idx.
create index contract_line_prior_source_idx on contract_line (prior_source, product_family);
