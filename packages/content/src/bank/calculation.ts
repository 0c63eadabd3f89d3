/**
 * A tiny arithmetic reader for the `calculation` of numeric items: numbers, + - * /, parentheses.
 * Hand-written because it is twenty lines and must never evaluate anything else (no `eval`).
 */

export type TCalculation = { value: number; numbers: number[] };

export function evaluateCalculation(expression: string): TCalculation {
  const tokens = expression.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  if (tokens.join("") !== expression.replace(/\s+/g, "")) throw new Error(`not arithmetic: "${expression}"`);
  const numbers: number[] = [];
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];

  const primary = (): number => {
    const token = next();
    if (token === "(") {
      const value = sum();
      if (next() !== ")") throw new Error(`missing ")" in "${expression}"`);
      return value;
    }
    if (token === "-") return -primary();
    const value = Number(token);
    if (token === undefined || !Number.isFinite(value))
      throw new Error(`expected a number in "${expression}"`);
    numbers.push(value);
    return value;
  };
  const product = (): number => {
    let value = primary();
    while (peek() === "*" || peek() === "/") value = next() === "*" ? value * primary() : value / primary();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === "+" || peek() === "-") value = next() === "+" ? value + product() : value - product();
    return value;
  };

  const value = sum();
  if (index !== tokens.length) throw new Error(`unexpected "${peek() ?? ""}" in "${expression}"`);
  return { value, numbers };
}
