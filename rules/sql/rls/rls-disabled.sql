-- Supabase project: tables in public are reachable with the anon key unless RLS says otherwise.
-- ruleid: rls-disabled
create table public.profiles (id uuid primary key references auth.users (id), email text, phone text);

-- ok: rls-disabled
create table public.entries (id uuid primary key, user_id uuid references auth.users (id), note text);
alter table public.entries enable row level security;
create policy "Own entries" on public.entries for select using (auth.uid() = user_id);

create table public.moods (id bigint primary key, user_id uuid, score int);
alter table public.moods enable row level security;
-- ruleid: rls-disabled
alter table public.moods disable row level security;

-- ok: rls-disabled
create table private.jobs (id bigint primary key, payload jsonb);

-- ok: rls-disabled
create table public.lookup_codes (code text primary key, label text);
revoke all on public.lookup_codes from anon, authenticated;
