create table public.app_settings (key text primary key, value text);

create table public.audit_log (id bigint primary key, actor uuid, action text);
alter table public.audit_log enable row level security;
grant insert, update, delete on public.audit_log to public;

create function public.homepage_entries() returns setof public.entries
  language sql security definer
  as $$ select * from public.entries order by random() limit 3 $$;

create function public.delete_my_account() returns void
  language plpgsql security definer set search_path = ''
  as $$ begin delete from public.profiles where id = auth.uid(); end $$;
revoke execute on function public.delete_my_account() from public, anon;
grant execute on function public.delete_my_account() to authenticated;
