-- Fixture: Supabase-style schema (auth.uid(), anon/authenticated roles).
create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  mood smallint not null,
  note text
);
comment on column public.entries.note is 'Free-text journal entry: feelings and health.';
alter table public.entries enable row level security;

-- ok: rls-public-read
create policy "Users read their own entries" on public.entries
  for select using (auth.uid() = user_id);

-- ruleid: rls-public-read
create policy "Public can view random entries" on public.entries
  for select using (true);

create table public.profiles (id uuid primary key, email text, bio text);
alter table public.profiles enable row level security;

-- ruleid: rls-public-read
create policy "Signed-in users see profiles" on public.profiles
  for all to authenticated using (auth.role() = 'authenticated');

-- ok: rls-public-read
create policy "Profiles of members" on public.profiles
  for select using (exists (select 1 from public.members m where m.profile_id = id and m.user_id = (select auth.uid())));

create table public.posts (id bigint primary key, author uuid, title text, published boolean);
alter table public.posts enable row level security;

-- ok: rls-public-read
create policy "Published posts are public" on public.posts
  for select using (published = true);

-- ok: rls-public-read
create policy "Service role reads everything" on public.posts
  for select to service_role using (true);

create table public.audit_log (id bigint primary key, detail text);
alter table public.audit_log enable row level security;
revoke all on public.audit_log from anon, authenticated;

-- ok: rls-public-read
create policy "Readable by nobody through the API" on public.audit_log
  for select using (true);

create table public.orders (id bigint primary key, owner uuid, amount numeric, card_number text);
alter table public.orders enable row level security;

-- ok: rls-public-read
create policy "Temporary debugging" on public.orders
  as permissive for select to anon using (1 = 1);
-- ok: rls-public-read
create policy "Owners only" on public.orders
  as restrictive for select using (owner = auth.uid());

create table public.invoices (id bigint primary key, owner uuid, amount numeric, iban text);
alter table public.invoices enable row level security;
-- ruleid: rls-public-read
create policy "Temporary debugging" on public.invoices
  as permissive for select to anon using (1 = 1);

create table public.notes (id bigint primary key, owner uuid, body text);
alter table public.notes enable row level security;
-- ok: rls-public-read
create policy "Open while prototyping" on public.notes for select using (true);
drop policy "Open while prototyping" on public.notes;

-- Supabase Storage: storage.objects comes from the platform, its policies from migrations.
-- ruleid: rls-public-read
create policy "Anyone can read files" on storage.objects for select using (true);

-- ok: rls-public-read
create policy "Users read their own files" on storage.objects for select to authenticated
  using (bucket_id = 'journal-photos' and auth.uid()::text = (storage.foldername(name))[1]);
