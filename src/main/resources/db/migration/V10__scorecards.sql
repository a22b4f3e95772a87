-- Scorecards: the day a work order was shipped, so on-time delivery (shipped by the end of its month) can be counted.
alter table work_order add column shipped_on date;
