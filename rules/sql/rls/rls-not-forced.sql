-- A plain PostgreSQL app: the migrations create the role the app logs in as.
create user journal_app;
create role journal_owner nologin;

create table public.entries (id bigint primary key, user_id uuid not null, body text);
-- ruleid: rls-not-forced
alter table public.entries owner to journal_app;
alter table public.entries enable row level security;
create policy own_entries on public.entries using (user_id = current_setting('app.user_id')::uuid);

-- Created by the app's role itself: it owns the table.
set role journal_app;
-- ruleid: rls-not-forced
create table public.moods (id bigint primary key, user_id uuid not null, score int);
reset role;
alter table public.moods enable row level security;
create policy own_moods on public.moods using (user_id = current_setting('app.user_id')::uuid);

-- ok: rls-not-forced
create table public.sleep_logs (id bigint primary key, user_id uuid not null, hours numeric);
alter table public.sleep_logs owner to journal_app;
alter table public.sleep_logs enable row level security;
alter table public.sleep_logs force row level security;
create policy own_sleep on public.sleep_logs using (user_id = current_setting('app.user_id')::uuid);

-- ok: rls-not-forced
create table public.notes (id bigint primary key, user_id uuid not null, body text);
alter table public.notes owner to journal_owner;
alter table public.notes enable row level security;
create policy own_notes on public.notes using (user_id = current_setting('app.user_id')::uuid);

-- Created after RESET ROLE: owned by whoever runs the migrations, which the files do not say.
-- ok: rls-not-forced
create table public.tags (id bigint primary key, user_id uuid not null, label text);
alter table public.tags enable row level security;
create policy own_tags on public.tags using (user_id = current_setting('app.user_id')::uuid);

-- A role that could log in, then could not.
create role reporting login;
alter role reporting nologin;
-- ok: rls-not-forced
create table public.reports (id bigint primary key, user_id uuid not null, body text);
alter table public.reports owner to reporting;
alter table public.reports enable row level security;
create policy own_reports on public.reports using (user_id = current_setting('app.user_id')::uuid);
