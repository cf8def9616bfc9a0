function ok(input) {
  return eval(input);
}
if (x) {
  call(;
}
