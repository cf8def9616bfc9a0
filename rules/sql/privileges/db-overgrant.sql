create table public.entries (id uuid primary key, user_id uuid, note text);
alter table public.entries enable row level security;
create table public.countries (code text primary key, name text);
create table app.reports (id bigint primary key, body text);

-- ruleid: db-overgrant
grant all on table public.entries to anon;

-- ok: db-overgrant
grant select on table public.countries to anon;

-- ruleid: db-overgrant
grant insert, update on app.reports to public;

-- ok: db-overgrant
grant select, insert, update, delete on table public.entries to app_backend;

-- ok: db-overgrant
grant select on all tables in schema app to anon;
