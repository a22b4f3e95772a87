-- The kept member catalogue and price levels (registry.MemberCatalogue, registry.PriceLevels) ask on every use which
-- members and prices were saved since their last look: both by an indexed modification time, so the look costs an
-- index range scan instead of reading every member (bench/scale-catalogue.md). Prices had no modification time;
-- existing rows get the migration's time.
create index member_modified_idx on member (modified_at);
alter table member_price add column modified_at timestamp with time zone default current_timestamp not null;
create index member_price_modified_idx on member_price (modified_at);
