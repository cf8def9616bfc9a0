create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  mood smallint not null,
  note text
);
alter table public.entries enable row level security;

-- ok: rls-write-any-row
create policy "Users update their own entries" on public.entries
  for update using (auth.uid() = user_id);

-- ok: rls-write-any-row
create policy "Users add their own entries" on public.entries
  for insert with check (auth.uid() = user_id);

-- ruleid: rls-write-any-row
create policy "Anyone adds entries" on public.entries
  for insert to anon, authenticated with check (true);

-- ruleid: rls-write-any-row
create policy "Users edit entries" on public.entries
  for update using (mood > 0);

-- ruleid: rls-write-any-row
create policy "Users move their entries" on public.entries
  for update using (auth.uid() = user_id) with check (true);

-- ruleid: rls-write-any-row
create policy "Cleanup" on public.entries
  for delete using (true);

-- ok: rls-write-any-row
create policy "Owners delete" on public.entries
  for delete using ((select auth.uid()) = user_id);

-- ok: rls-write-any-row
create policy "Admins manage everything" on public.entries
  for all to service_role using (true) with check (true);

create table public.habits (id bigint primary key, user_id uuid, name text);
alter table public.habits enable row level security;
revoke insert, update, delete on public.habits from anon, authenticated;

-- ok: rls-write-any-row
create policy "Open writes, but no grant allows them" on public.habits
  for all using (true) with check (true);

-- ruleid: rls-write-any-row
create policy "Anyone can upload" on storage.objects for insert to anon with check (bucket_id = 'journal-photos');

-- ok: rls-write-any-row
create policy "Users upload into their own folder" on storage.objects for insert to authenticated
  with check (bucket_id = 'journal-photos' and (storage.foldername(name))[1] = auth.uid()::text);
