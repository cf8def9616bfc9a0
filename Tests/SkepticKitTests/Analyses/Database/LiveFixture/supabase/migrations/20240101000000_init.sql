create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  mood smallint not null,
  body text not null
);
comment on column public.entries.body is 'Free-text journal entry: feelings, health, relationships.';
alter table public.entries enable row level security;
create policy "Users read their own entries" on public.entries for select using (auth.uid() = user_id);
create policy "Users write their own entries" on public.entries for insert with check (auth.uid() = user_id);
-- Owner-only UPDATE without WITH CHECK: USING also checks the new row, so this is safe.
create policy "Users update their own entries" on public.entries for update using (auth.uid() = user_id);

create table public.profiles (
  id uuid primary key references auth.users (id),
  display_name text,
  avatar_url text
);
alter table public.profiles enable row level security;
create policy "Profiles are visible to signed-in users" on public.profiles for select to authenticated using (true);
create policy "Users edit their own profile" on public.profiles for update to authenticated
  using (auth.uid() = id) with check (auth.uid() = id);
