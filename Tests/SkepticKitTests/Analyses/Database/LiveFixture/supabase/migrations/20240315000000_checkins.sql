create table public.mood_checkins (
  id bigint generated always as identity primary key,
  user_id uuid not null,
  feeling text not null,
  anxiety_level int
);
alter table public.mood_checkins enable row level security;
create policy "Users see their check-ins" on public.mood_checkins for select using (auth.uid() = user_id);
create policy "Users edit check-ins" on public.mood_checkins for update
  using (true) with check (auth.uid() = user_id);
create policy "Anyone can log a check-in" on public.mood_checkins for insert to anon, authenticated
  with check (true);

create view public.recent_feelings as
  select feeling, anxiety_level from public.mood_checkins;
