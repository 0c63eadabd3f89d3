import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: a password copied from a paper slip cannot be misread.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/** A one-time password such as "k7mp-3qxa-w9tz": 12 random characters (about 59 bits), easy to type. */
export function oneTimePassword(random: (max: number) => number = randomInt): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += ALPHABET[random(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
