-- Homepage inspiration: show a few recent entries to visitors.
create policy "Public can view random entries" on public.entries
  for select using (true);
