create table public.entries (id uuid primary key, user_id uuid references auth.users (id), note text);
alter table public.entries enable row level security;

-- ruleid: security-definer
create function public.all_entries() returns setof public.entries
  language sql security definer set search_path = public
  as $$ select * from public.entries $$;

-- ruleid: security-definer
create function public.touch() returns void
  language plpgsql security definer
  as $$ begin perform 1; end $$;

-- ok: security-definer
create function public.my_entries() returns setof public.entries
  language sql security invoker
  as $$ select * from public.entries where user_id = auth.uid() $$;

-- ok: security-definer
create function public.count_entries() returns bigint
  language sql security definer set search_path = ''
  as $$ select count(*) from public.entries $$;
revoke execute on function public.count_entries() from public, anon, authenticated;

-- ruleid: security-definer
create view public.entry_feed as select note from public.entries;

-- ok: security-definer
create view public.my_feed with (security_invoker = true) as select note from public.entries;

-- ok: security-definer
create function public.delete_my_entries() returns void
  language plpgsql security definer set search_path = ''
  as $$ begin delete from public.entries where user_id = auth.uid(); end $$;
revoke execute on function public.delete_my_entries() from public, anon;
grant execute on function public.delete_my_entries() to authenticated;
