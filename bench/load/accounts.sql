-- Bench accounts and API tokens, made idempotently by bench/run (psql variables: token hashes).
-- The password of every bench.* account is the demo password 'sentra-demo' (Argon2id hash below):
-- these accounts exist only in bench databases (sentra_bench*), never in production.
\set ON_ERROR_STOP on
create temporary table bench_pick as
select (select id from cooperative order by (select count(*) from member m where m.cooperative_id = cooperative.id) desc, id limit 1) as cooperative_id,
       (select id from buyer order by (select count(*) from contract c where c.buyer_id = buyer.id) desc, id limit 1) as buyer_id;
insert into account (username, display_name, password_hash, role, cooperative_id, member_id, buyer_id, preferred_locale)
select v.username, v.display_name, :'hash', v.role,
       case when v.role = 'OPERATOR' then p.cooperative_id end,
       case when v.role = 'MEMBER' then (select id from member where cooperative_id = p.cooperative_id and active order by id limit 1) end,
       case when v.role = 'BUYER' then p.buyer_id end,
       'id'
from bench_pick p cross join (values ('bench.admin', 'Bench admin', 'ADMIN'), ('bench.operator', 'Bench operator', 'OPERATOR'),
        ('bench.member', 'Bench member', 'MEMBER'), ('bench.buyer', 'Bench buyer', 'BUYER'),
        ('bench.ministry', 'Bench ministry', 'MINISTRY')) as v(username, display_name, role)
where not exists (select 1 from account a where a.username = v.username);
insert into api_token (account_id, name, token_hash, prefix, created_at)
select a.id, 'bench ' || to_char(now(), 'YYYY-MM-DD HH24:MI:SS'), t.hash, 'snt_bench', now()
from account a join (values ('bench.admin', :'admin_hash'), ('bench.member', :'member_hash'), ('bench.buyer', :'buyer_hash'),
        ('bench.operator', :'operator_hash'), ('bench.ministry', :'ministry_hash')) as t(username, hash) on t.username = a.username;
select username, role, coalesce(cooperative_id, 0), coalesce(member_id, 0), coalesce(buyer_id, 0)
from account where username like 'bench.%' order by username;
