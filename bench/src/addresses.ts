/** Student `index`'s loopback address: 127.0.1.1 upwards (127.0.0.x is left to the servers). */
export function loopbackAddress(index: number, perAddress: number) {
  const n = Math.floor(index / perAddress);
  const third = 1 + Math.floor(n / 254);
  if (third > 255) throw new Error("more loopback addresses than 127.0.0.0/8 offers");
  return `127.0.${third}.${1 + (n % 254)}`;
}
