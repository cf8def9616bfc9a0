-- Journal entries: each user's private mood log.
create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint not null check (mood between 1 and 10),
  body text not null,
  created_at timestamptz not null default now()
);

comment on column public.entries.body is 'Free-text journal entry: feelings, health, relationships.';

alter table public.entries enable row level security;

create policy "Users read their own entries" on public.entries
  for select using (auth.uid() = user_id);

create policy "Users write their own entries" on public.entries
  for insert with check (auth.uid() = user_id);

create policy "Users update their own entries" on public.entries
  for update using (auth.uid() = user_id);
