create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  note text
);
alter table public.entries enable row level security;

-- ruleid: rls-ownership-takeover
create policy "Users update entries" on public.entries
  for update using (true) with check (auth.uid() = user_id);

-- ok: rls-ownership-takeover
create policy "Users update their own entries" on public.entries
  for update using (auth.uid() = user_id);

-- ok: rls-ownership-takeover
create policy "Users update their own entries, both sides" on public.entries
  for update using (auth.uid() = user_id) with check (auth.uid() = user_id);

create table public.documents (id bigint primary key, owner_id uuid, body text, shared boolean);
alter table public.documents enable row level security;

-- ruleid: rls-ownership-takeover
create policy "Edit shared documents" on public.documents
  for all to authenticated using (shared) with check (owner_id = auth.uid());

create table public.tasks (id bigint primary key, owner_id uuid, title text);
alter table public.tasks enable row level security;

-- ok: rls-ownership-takeover
create policy "Takeover, later fixed" on public.tasks
  for update using (true) with check (owner_id = auth.uid());
alter policy "Takeover, later fixed" on public.tasks using (owner_id = auth.uid());
