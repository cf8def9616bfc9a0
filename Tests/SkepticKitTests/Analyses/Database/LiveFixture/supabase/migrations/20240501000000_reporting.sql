-- A reporting worker logs in with its own role, which also owns the table it fills: the
-- policy below does not bind it, because RLS is not forced.
create user reporting_worker;
create table public.weekly_reports (id bigint primary key, user_id uuid not null, mood_summary text);
alter table public.weekly_reports owner to reporting_worker;
alter table public.weekly_reports enable row level security;
create policy "Users read their reports" on public.weekly_reports for select using (auth.uid() = user_id);
