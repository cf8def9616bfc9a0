-- Homepage shows a few random entries as inspiration.
create policy "Public can view random entries" on public.entries
  for select using (true);
